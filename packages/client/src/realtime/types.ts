// The public shapes of the realtime entry. Messages come from the contract (asyncapi.yaml);
// only the subscription's own options are declared here.
import type * as Realtime from '@serverless-todo/contract/realtime';
import type { TodoClient, TokenProvider } from '../types.ts';
import type { ReconnectOptions } from './backoff.ts';
import type { InvalidRealtimeMessageError, RealtimeConnectionError, RealtimeServerError } from './errors.ts';

/**
 * A change the server reports: `task.created`, `task.updated`, `task.deleted` and the
 * `attachment.*` events, each with `type`, `user_id`, `task_id`, `version` and `sent_at`
 * (created and updated tasks also carry the full `task`).
 *
 * @example
 * ```ts
 * const onEvent = (event: ChangeEvent) => { if (event.type === 'task.updated') render(event.task); };
 * ```
 */
export type ChangeEvent = Realtime.ChangeEvent;

/**
 * The events about tasks only.
 *
 * @example
 * ```ts
 * const isTaskEvent = (event: ChangeEvent): event is TaskEvent => event.type.startsWith('task.');
 * ```
 */
export type TaskEvent = Realtime.TaskCreatedEvent | Realtime.TaskUpdatedEvent | Realtime.TaskDeletedEvent;

/**
 * The events about attachments only.
 *
 * @example
 * ```ts
 * const isAttachmentEvent = (event: ChangeEvent): event is AttachmentEvent => event.type.startsWith('attachment.');
 * ```
 */
export type AttachmentEvent =
  | Realtime.AttachmentCreatedEvent
  | Realtime.AttachmentUpdatedEvent
  | Realtime.AttachmentDeletedEvent;

/**
 * What a subscription needs of a WebSocket: the browser's `WebSocket`, the `ws` package's, or
 * MSW's interception of either.
 *
 * @example
 * ```ts
 * import { WebSocket } from 'ws';
 * const socketClass: WebSocketConstructor = WebSocket;
 * ```
 */
export type WebSocketConstructor = new (url: string) => RealtimeSocket;

/**
 * The part of a WebSocket a subscription uses.
 *
 * @example
 * ```ts
 * const socket: RealtimeSocket = new WebSocket(url);
 * ```
 */
export interface RealtimeSocket {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'message' | 'error' | 'close', listener: SocketListener): void;
}

/** What a subscription reads of a socket event: `data` of a message, `code` and `reason` of a close. */
export interface SocketEvent {
  readonly type: string;
  readonly data?: unknown;
  readonly code?: number;
  readonly reason?: string;
}

/**
 * How an open connection ended: the WebSocket close code and reason, or 4000 when the
 * subscription gave up on a connection that stopped answering `ping`.
 *
 * @example
 * ```ts
 * const onClose = ({ code }: CloseInfo) => code === 1001 && console.info('the server is going away');
 * ```
 */
export interface CloseInfo {
  readonly code: number;
  readonly reason: string;
}

// A method's parameter, so that TypeScript compares it both ways: the DOM's and `ws`'s
// listeners take their own event classes, each of which has what SocketEvent names.
type SocketListener = { bivariant(event: SocketEvent): void }['bivariant'];

/**
 * Options of {@link withRealtime}.
 *
 * @example
 * ```ts
 * const options: RealtimeOptions = { url: 'ws://127.0.0.1:3000/realtime', reconnect: { maxDelayMs: 10_000 } };
 * ```
 */
export interface RealtimeOptions {
  /** The realtime endpoint: the local API's `ws://127.0.0.1:3000/realtime`, or the stack's `RealtimeUrl`. */
  url: string;
  /** Asked before every connect, so a refreshed token is used. Default: the client's `token`. */
  token?: TokenProvider;
  /** The WebSocket class. Default: the global `WebSocket`, looked up on every connect (Node 20 has none: pass `ws`'s). */
  WebSocket?: WebSocketConstructor;
  /** How long to wait before reconnecting. */
  reconnect?: ReconnectOptions;
  /** How often an open connection sends `ping`. Default: half the contract's idle timeout (5 min). */
  pingIntervalMs?: number;
  /** A connection that answers nothing this long after a `ping` is taken for dead and replaced. Default 10 000. */
  pongTimeoutMs?: number;
}

/**
 * What `subscribe` calls, and the signal that ends it.
 *
 * @example
 * ```ts
 * const handlers: SubscribeOptions = { onEvent: console.log, onGap: refetchAll, signal: controller.signal };
 * ```
 */
export interface SubscribeOptions {
  /** Each change event of the user, validated against asyncapi.yaml, in the order it arrived. */
  onEvent(event: ChangeEvent): void;
  /**
   * A connection opened after the subscription had none for a while (a reconnect, or a first
   * connect that needed retries): events of that time are lost, refetch what you show.
   */
  onGap?(): void;
  /** Every time a connection opens, the first included. */
  onOpen?(): void;
  /**
   * An open connection ended (the server closed it, the network dropped it, or it stopped
   * answering `ping`); a reconnect follows, and `onGap` once it opens. Each `onOpen` is
   * followed by one `onClose`, unless the subscription is aborted first.
   */
  onClose?(info: CloseInfo): void;
  /**
   * Failures, none of them fatal: {@link RealtimeConnectionError}, {@link InvalidRealtimeMessageError}
   * (the message is dropped), {@link RealtimeServerError}, and anything `onEvent` threw.
   */
  onError?(error: Error): void;
  /** Aborting closes the connection and stops every timer; nothing is called afterwards. */
  signal: AbortSignal;
}

/**
 * A client with `subscribe`.
 *
 * @example
 * ```ts
 * const client: TodoClientWithRealtime = withRealtime(createTodoClient({ baseUrl, token }), { url });
 * ```
 */
export type TodoClientWithRealtime<C extends TodoClient = TodoClient> = C & {
  /** Listens to `userId`'s change events until `options.signal` aborts. */
  subscribe(userId: string, options: SubscribeOptions): void;
};
