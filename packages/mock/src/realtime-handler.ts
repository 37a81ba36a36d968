// The realtime API as an MSW WebSocket handler (`ws.link`): the handshake refuses a missing,
// malformed or expired token as the API refuses the upgrade (401, which a browser shows as a
// failed connection: `error`, then `close` with 1006), `ping` gets `pong`, anything else the
// contract's `error`, the hub sends the owner's change events, and a connection is closed
// at API Gateway's idle timeout and maximum duration.
import {
  REALTIME_TOKEN_PARAMETER,
  readClientMessage,
  realtimeLimits,
  type ServerMessage,
} from '@serverless-todo/contract/realtime';
import { type WebSocketHandler, ws } from 'msw';
import { subjectOf } from './dev-token.ts';
import { checkRealtime } from './options.ts';
import { RealtimeHub } from './realtime-hub.ts';
import { GOING_AWAY, type RealtimeLimits, watchConnection } from './realtime-limits.ts';

/**
 * Where the mock's realtime API listens, and the BroadcastChannel it shares events on.
 *
 * @example
 * ```ts
 * createTodoHandlers({ baseUrl: 'http://127.0.0.1:3000', realtime: { url: 'ws://127.0.0.1:3000/realtime' } });
 * ```
 */
export interface RealtimeMockOptions {
  /** The WebSocket URL the SDK opens, e.g. `ws://127.0.0.1:3000/realtime`. */
  readonly url: string;
  /**
   * A BroadcastChannel name: every event is also posted there, and events posted there by
   * another context (a tab, or the SharedWorker that holds a store shared by tabs) reach this
   * context's sockets. Without it, only this context's sockets hear this store's changes.
   */
  readonly channel?: string;
  /**
   * API Gateway's idle timeout and maximum connection duration, after which a connection is
   * closed with 1001 "Going away": the contract's (10 min, 2 h) by default. Shorten them to
   * see an app reconnect.
   */
  readonly limits?: RealtimeLimits;
}

// The contract's handshake limit on the token (asyncapi.yaml's query binding).
const MAX_TOKEN_LENGTH = 8192;
const ABNORMAL_CLOSURE = 1006;

/** The $default function's answer to a client message, in its words. */
function answer(data: unknown): ServerMessage {
  const text = typeof data === 'string' ? data : '';
  if (text.length > realtimeLimits.maxMessageBytes)
    return { type: 'error', detail: 'The message is larger than 128 KB.' };
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return { type: 'error', detail: 'A message must be JSON.' };
  }
  if (!readClientMessage(message).ok)
    return { type: 'error', detail: 'The only message a client may send is {"type":"ping"}.' };
  return { type: 'pong', sent_at: new Date().toISOString() };
}

/**
 * The `ws.link` handler of one hub: authenticates each connection and registers it.
 *
 * @example
 * ```ts
 * const handler = realtimeLink('ws://127.0.0.1:3000/realtime', new RealtimeHub());
 * ```
 */
export function realtimeLink(url: string, hub: RealtimeHub, limits?: RealtimeLimits): WebSocketHandler {
  const link = ws.link(url);
  return link.addEventListener('connection', ({ client }) => {
    const token = client.url.searchParams.get(REALTIME_TOKEN_PARAMETER) ?? '';
    const userId = token.length <= MAX_TOKEN_LENGTH ? subjectOf(`Bearer ${token}`) : null;
    if (userId === null) {
      // As a browser shows a refused upgrade: `error`, then `close` 1006 and never `open`
      // (closing inside the connection listener keeps it from opening). The socket behind
      // MSW's client connection is not in its public type.
      (client as { socket?: EventTarget }).socket?.dispatchEvent(new Event('error'));
      client.close(ABNORMAL_CLOSURE);
      return;
    }
    const watch = watchConnection(() => client.close(GOING_AWAY.code, GOING_AWAY.reason), limits);
    // An event sent counts as activity, as a message in either direction does for the API.
    hub.add(client, userId, () => watch.touch());
    client.addEventListener('message', ({ data }) => {
      watch.touch();
      client.send(JSON.stringify(answer(data)));
    });
    client.addEventListener('close', () => {
      watch.dispose();
      hub.remove(client);
    });
  });
}

/**
 * A realtime handler with no store of its own: it passes on to this context's sockets the
 * events another context posts on `channel`. For a tab whose store lives in a SharedWorker
 * (which has no WebSockets to intercept) that runs `createTodoHandlers({ realtime: { url, channel } })`.
 *
 * @example
 * ```ts
 * import { setupWorker } from 'msw/browser';
 * import { createRealtimeHandler } from '@serverless-todo/mock';
 *
 * const worker = setupWorker(forwardToSharedStore, createRealtimeHandler({ url: 'ws://localhost:5173/realtime', channel: 'todo-mock' }));
 * ```
 */
export function createRealtimeHandler(options: RealtimeMockOptions & { readonly channel: string }): WebSocketHandler {
  checkRealtime(options);
  return realtimeLink(options.url, new RealtimeHub(options.channel), options.limits);
}
