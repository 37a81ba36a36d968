// withRealtime: adds `subscribe` to a client. A separate entry, so that apps without realtime
// do not pay for the contract's message validators.
import type { TodoClient } from '../types.ts';
import { runSubscription } from './subscription.ts';
import type { RealtimeOptions, TodoClientWithRealtime } from './types.ts';

/**
 * Adds `subscribe(userId, { onEvent, onGap, onError, signal })` to a client: the user's change
 * events over a WebSocket, each checked against asyncapi.yaml. It asks the token source for a
 * fresh token on every connect, reconnects after a backoff with full jitter, sends `ping` to
 * stay under the idle timeout, calls `onGap` after a reconnect (refetch then: events of the
 * gap are not replayed), and stops everything when the signal aborts.
 *
 * @example
 * ```ts
 * import { createTodoClient } from '@serverless-todo/client';
 * import { withRealtime } from '@serverless-todo/client/realtime';
 *
 * const client = withRealtime(createTodoClient({ baseUrl, token: () => auth.getIdToken() }), { url: realtimeUrl });
 * const controller = new AbortController();
 * client.subscribe('u1', { onEvent: (event) => console.log(event.type, event.task_id), onGap: refetch, signal: controller.signal });
 * controller.abort(); // closes the socket, clears every timer
 * ```
 */
export function withRealtime<C extends TodoClient>(client: C, options: RealtimeOptions): TodoClientWithRealtime<C> {
  const settings = { ...options, token: options.token ?? client.token };
  return { ...client, subscribe: (userId, handlers) => runSubscription(settings, userId, handlers) };
}
