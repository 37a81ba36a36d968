// Live updates, loaded on demand once a user is signed in: the SDK's realtime subscription
// (its validators are most of this chunk), TanStack Query's cache patched by the query
// package's connectRealtime, and the attachment lists patched here from the same events.
import { createTodoClient, type TodoClientOptions } from '@serverless-todo/client';
import {
  type AttachmentEvent,
  type ChangeEvent,
  InvalidRealtimeMessageError,
  RealtimeConnectionError,
  withRealtime,
} from '@serverless-todo/client/realtime';
import type { TodoKeys } from '@serverless-todo/query';
import { connectRealtime } from '@serverless-todo/query/realtime';
import type { QueryClient } from '@tanstack/react-query';
import type { RealtimeSource } from '../../config.ts';
import { realtimeUrlOf } from '../../realtime-url.ts';
import { applyAttachmentEvent } from './attachment-events.ts';

/** What the status line shows: not open yet, open, or trying again after a drop or a failed connect. */
export type LiveState = 'connecting' | 'live' | 'reconnecting';

/** Who listens, where, and what hears of it. */
export interface LiveOptions {
  readonly source: NonNullable<RealtimeSource>;
  readonly clientOptions: TodoClientOptions;
  readonly userId: string;
  readonly keys: TodoKeys;
  readonly signal: AbortSignal;
  onState(state: LiveState): void;
}

const isAttachmentEvent = (event: ChangeEvent): event is AttachmentEvent => event.type.startsWith('attachment.');

/**
 * Keeps `queryClient` in step with the user's changes until `signal` aborts: tasks through
 * connectRealtime (patched by version, lists refetched where a patch cannot say, everything
 * refetched after a gap), attachment lists here.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * connectLive(queryClient, { source, clientOptions, userId, keys, signal: controller.signal, onState: setState });
 * controller.abort(); // on sign-out
 * ```
 */
export function connectLive(queryClient: QueryClient, options: LiveOptions): void {
  const { source, clientOptions, userId, keys, signal, onState } = options;
  const client = withRealtime(createTodoClient(clientOptions), { url: realtimeUrlOf(source) });
  connectRealtime(queryClient, client, userId, {
    signal,
    onOpen: () => onState('live'),
    // A reconnect follows at once; the status says so until it opens.
    onClose: () => onState('reconnecting'),
    onEvent(event) {
      if (isAttachmentEvent(event)) applyAttachmentEvent(queryClient, keys, event);
    },
    onError(error) {
      // A connect that failed or was refused; the SDK tries again.
      if (error instanceof RealtimeConnectionError) onState('reconnecting');
      // Dropped by the SDK; said loudly, since the server departs from asyncapi.yaml.
      else if (error instanceof InvalidRealtimeMessageError)
        console.error('Live updates: a message departs from asyncapi.yaml and was dropped:', error.errors);
      else console.warn('Live updates:', error.name, error.message);
    },
  });
}
