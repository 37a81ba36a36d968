// One subscription: connect with a fresh token, read and check every message, keep the
// connection alive with `ping`, reconnect after a backoff, and stop everything on abort.
import { readServerMessage, realtimeLimits, realtimeUrl } from '@serverless-todo/contract/realtime';
import type { TokenProvider } from '../types.ts';
import { reconnectDelay } from './backoff.ts';
import { InvalidRealtimeMessageError, RealtimeConnectionError, RealtimeServerError } from './errors.ts';
import type { RealtimeOptions, RealtimeSocket, SubscribeOptions } from './types.ts';

const OPEN = 1;
const PING = JSON.stringify({ type: 'ping' });
// A connection that lasted this long was a working one: the next failure starts the backoff
// again from its shortest wait. A server that accepts and at once drops keeps backing off.
const STABLE_MS = 10_000;

type Settings = Omit<RealtimeOptions, 'token'> & { token: TokenProvider | undefined };

/**
 * Runs one subscription of `userId` until `handlers.signal` aborts.
 *
 * @example
 * ```ts
 * runSubscription({ url, token, WebSocket }, 'u1', { onEvent: console.log, signal });
 * ```
 */
export function runSubscription(settings: Settings, userId: string, handlers: SubscribeOptions): void {
  const { signal } = handlers;
  const { pingIntervalMs = (realtimeLimits.idleTimeoutSeconds * 1000) / 2, pongTimeoutMs = 10_000 } = settings;
  let socket: RealtimeSocket | undefined;
  let tries = 0;
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let pingTimer: ReturnType<typeof setInterval> | undefined;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;

  // Nothing reaches the app after an abort, and an app's failing callback stops nothing.
  const report = (error: unknown) => {
    if (signal.aborted) return;
    try {
      handlers.onError?.(error instanceof Error ? error : new Error(String(error)));
    } catch {
      // An onError that throws has nowhere better to go.
    }
  };
  const call = (callback: (() => void) | undefined) => {
    try {
      callback?.();
    } catch (error) {
      report(error);
    }
  };

  const stopTimers = () => {
    clearTimeout(retryTimer);
    clearInterval(pingTimer);
    clearTimeout(pongTimer);
    pongTimer = undefined;
  };

  // Forgets the current socket (its late events are ignored) and closes it.
  const drop = (code: number, reason: string) => {
    const old = socket;
    socket = undefined;
    stopTimers();
    old?.close(code, reason);
  };

  const retry = () => {
    if (signal.aborted) return;
    retryTimer = setTimeout(connect, reconnectDelay(settings.reconnect ?? {}, failures++));
  };

  const read = (raw: unknown) => {
    let data: unknown;
    try {
      if (typeof raw !== 'string') throw new TypeError('a binary frame');
      data = JSON.parse(raw);
    } catch (error) {
      return report(new InvalidRealtimeMessageError(['/ is not a JSON text frame'], raw, { cause: error }));
    }
    const result = readServerMessage(data);
    if (!result.ok) return report(new InvalidRealtimeMessageError(result.errors, data));
    const message = result.message;
    if (message.type === 'pong') return;
    if (message.type === 'error') return report(new RealtimeServerError(message.detail));
    // The server sends only the token's own events; a foreign one is a server bug, not news.
    if (message.user_id !== userId)
      return report(new InvalidRealtimeMessageError(['/user_id is not the subscribed user'], data));
    call(() => handlers.onEvent(message));
  };

  const open = (ws: RealtimeSocket) => {
    let openedAt: number | undefined;
    ws.addEventListener('open', () => {
      if (socket !== ws) return;
      openedAt = Date.now();
      // Any message counts as activity for the idle timeout; a missing answer means the
      // connection is dead even if TCP has not noticed yet.
      pingTimer = setInterval(() => {
        if (ws.readyState !== OPEN) return;
        ws.send(PING);
        // The clock runs from the oldest unanswered ping.
        pongTimer ??= setTimeout(() => {
          report(new RealtimeConnectionError(`no answer to ping within ${pongTimeoutMs} ms`));
          drop(4000, 'no answer to ping');
          closed(4000, 'no answer to ping');
        }, pongTimeoutMs);
      }, pingIntervalMs);
      call(handlers.onOpen);
      if (tries > 1) call(handlers.onGap);
    });
    ws.addEventListener('message', (event) => {
      if (socket !== ws) return;
      clearTimeout(pongTimer);
      pongTimer = undefined;
      read(event.data);
    });
    // Always followed by `close`, which does the work. The listener must exist: the `ws`
    // package throws an `error` nobody listens to.
    ws.addEventListener('error', () => {});
    ws.addEventListener('close', (event) => {
      if (socket !== ws) return;
      socket = undefined;
      stopTimers();
      if (openedAt === undefined) {
        report(new RealtimeConnectionError(`the connection failed or was refused (close code ${event.code})`));
        return retry();
      }
      if (Date.now() - openedAt >= STABLE_MS) failures = 0;
      closed(event.code ?? 1005, event.reason ?? '');
    });
  };

  // An open connection ended without an abort: the app hears of it, then a reconnect is due.
  const closed = (code: number, reason: string) => {
    call(() => handlers.onClose?.({ code, reason }));
    retry();
  };

  async function connect() {
    tries++;
    let token: string | null | undefined;
    try {
      token = typeof settings.token === 'function' ? await settings.token() : settings.token;
    } catch (error) {
      report(new RealtimeConnectionError('the token source failed', { cause: error }));
      return retry();
    }
    if (signal.aborted) return;
    if (!token) {
      report(new RealtimeConnectionError('no token to connect with'));
      return retry();
    }
    try {
      // Looked up on every connect: MSW replaces the global after clients exist.
      const Socket = settings.WebSocket ?? (globalThis.WebSocket as unknown as RealtimeOptions['WebSocket']);
      if (!Socket) throw new TypeError('no WebSocket class: pass the `WebSocket` option');
      socket = new Socket(realtimeUrl(settings.url, token));
      open(socket);
    } catch (error) {
      socket = undefined;
      report(new RealtimeConnectionError('the connection could not be opened', { cause: error }));
      retry();
    }
  }

  if (signal.aborted) return;
  signal.addEventListener('abort', () => drop(1000, 'unsubscribed'), { once: true });
  void connect();
}
