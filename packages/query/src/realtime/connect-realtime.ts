// connectRealtime: keeps a QueryClient in step with the user's change events. An event
// patches what the cache holds (the task's entry and every loaded list page that has it),
// only when it is newer than the cached copy; lists whose membership it may change but that
// cannot be patched (where a new task falls among cursor-ordered pages) are invalidated; after
// a gap (reconnect) everything of the user is refetched, as asyncapi.yaml asks.
import type { TodoClientWithRealtime } from '@serverless-todo/client/realtime';
import type { QueryClient } from '@tanstack/query-core';
import { dropTask, findTask, invalidateLists, putTask } from '../cache.ts';
import { todoKeys } from '../keys.ts';

type Handlers = Parameters<TodoClientWithRealtime['subscribe']>[1];
type ChangeEvent = Parameters<Handlers['onEvent']>[0];
type CloseInfo = Parameters<NonNullable<Handlers['onClose']>>[0];

/**
 * Options of {@link connectRealtime}.
 *
 * @example
 * ```ts
 * connectRealtime(queryClient, client, 'u1', { signal: controller.signal, onError: console.warn });
 * ```
 */
export interface ConnectRealtimeOptions {
  /** Aborting it disconnects, like the returned function. */
  signal?: AbortSignal;
  /** The subscription's failures (none is fatal: it reconnects). */
  onError?: (error: Error) => void;
  /** Each time the connection opens (for a "live" indicator). */
  onOpen?: () => void;
  /** Each time an open connection ends; a reconnect follows (for a "reconnecting" indicator). */
  onClose?: (info: CloseInfo) => void;
  /**
   * Every event, after the cache has been patched from it: for what this package does not
   * cache, such as attachment lists.
   */
  onEvent?: (event: ChangeEvent) => void;
}

// asyncapi.yaml's rule: created and updated must be newer than what is held; a delete carries
// the last version the task had, so it applies at that version too.
const isFresh = (event: ChangeEvent, held: number) =>
  event.type === 'task.deleted' ? event.version >= held : event.version > held;

/**
 * Subscribes to `userId`'s change events and applies them to `queryClient`. Returns the
 * function that disconnects.
 *
 * @example
 * ```ts
 * import { withRealtime } from '@serverless-todo/client/realtime';
 * import { connectRealtime } from '@serverless-todo/query';
 *
 * const client = withRealtime(createTodoClient({ baseUrl, token }), { url: realtimeUrl });
 * const disconnect = connectRealtime(queryClient, client, 'u1');
 * // on sign-out:
 * disconnect();
 * ```
 */
export function connectRealtime(
  queryClient: QueryClient,
  client: Pick<TodoClientWithRealtime, 'subscribe'>,
  userId: string,
  options: ConnectRealtimeOptions = {},
): () => void {
  const keys = todoKeys(userId);
  const controller = new AbortController();
  const disconnect = () => controller.abort();
  options.signal?.addEventListener('abort', disconnect, { signal: controller.signal });
  if (options.signal?.aborted) disconnect();

  const patch = (event: ChangeEvent) => {
    // Attachments are not cached by this package.
    if (!event.type.startsWith('task.')) return;
    const cached = findTask(queryClient, keys, event.task_id);
    if (cached && !isFresh(event, cached.task.version)) return;
    if (event.type === 'task.deleted') {
      // Out of every loaded page; a page's cursor stays valid without the task.
      if (cached) dropTask(queryClient, keys, event.task_id);
      return;
    }
    if (!('task' in event)) return;
    const { task } = event;
    if (cached) putTask(queryClient, keys, { task, etag: `"${task.version}"` });
    // Where a task joins a list depends on pages the cache may not hold: refetch the lists
    // it may join (a new task: the unfiltered ones and its status's; a changed status: that
    // status's), and only those.
    if (!cached || cached.task.status !== task.status)
      void invalidateLists(queryClient, keys, [task.status], event.type === 'task.created');
  };

  client.subscribe(userId, {
    onEvent(event) {
      patch(event);
      options.onEvent?.(event);
    },
    // Events of the gap are lost: everything of this user may be stale.
    onGap: () => void queryClient.invalidateQueries({ queryKey: keys.all }),
    onError: options.onError,
    onOpen: options.onOpen,
    onClose: options.onClose,
    signal: controller.signal,
  });
  return disconnect;
}
