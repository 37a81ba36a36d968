// Live updates, loaded on demand once a user is signed in: the SDK's realtime subscription
// (its validators are most of this chunk), TanStack Query's cache patched by the query
// package's connectRealtime, and the attachment lists patched here. One socket serves both.
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

/** What the status line shows: not open yet, open, or trying again after a failed connect. */
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
  const live = withRealtime(createTodoClient(clientOptions), { url: realtimeUrlOf(source) });
  // connectRealtime subscribes through this client; each event also reaches the attachments.
  const client: Pick<typeof live, 'subscribe'> = {
    subscribe: (id, handlers) =>
      live.subscribe(id, {
        ...handlers,
        onEvent(event) {
          handlers.onEvent(event);
          if (isAttachmentEvent(event)) applyAttachmentEvent(queryClient, keys, event);
        },
      }),
  };
  connectRealtime(queryClient, client, userId, {
    signal,
    onOpen: () => onState('live'),
    onError(error) {
      // A dropped connection is followed by a connect; only a failed one is news to show.
      if (error instanceof RealtimeConnectionError) onState('reconnecting');
      // Dropped by the SDK; said loudly, since the server departs from asyncapi.yaml.
      else if (error instanceof InvalidRealtimeMessageError)
        console.error('Live updates: a message departs from asyncapi.yaml and was dropped:', error.errors);
      else console.warn('Live updates:', error.name, error.message);
    },
  });
}
