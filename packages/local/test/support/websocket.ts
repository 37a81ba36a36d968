// WebSocket clients for the tests, over real loopback sockets (`ws`; Node 20 has no global
// WebSocket): an open connection that queues what it receives, and a handshake that reports
// the HTTP status a refused upgrade got.
import { WebSocket } from 'ws';

/** An open connection with its received messages, parsed as JSON, in order. */
export interface OpenSocket {
  readonly socket: WebSocket;
  readonly messages: unknown[];
  /** Resolves with the next message not yet taken (bounded wait). */
  next(timeoutMs?: number): Promise<unknown>;
  /** Resolves with the close code and reason (bounded wait). */
  closed(timeoutMs?: number): Promise<{ code: number; reason: string }>;
}

/**
 * Opens a WebSocket and waits for the handshake; rejects with the refusal's status.
 *
 * @example
 * ```ts
 * const ws = await openSocket(`${api.realtimeUrl}?token=${token}`);
 * ws.socket.send('{"type":"ping"}');
 * await ws.next(); // { type: 'pong', … }
 * ```
 */
export function openSocket(url: string, timeoutMs = 20_000): Promise<OpenSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const messages: unknown[] = [];
    let taken = 0;
    const waiters: (() => void)[] = [];
    let closeInfo: { code: number; reason: string } | null = null;
    const closeWaiters: (() => void)[] = [];
    const timer = setTimeout(() => reject(new Error(`no handshake with ${url} within ${timeoutMs} ms`)), timeoutMs);
    socket.on('message', (data) => {
      messages.push(JSON.parse(String(data)));
      for (const wake of waiters.splice(0)) wake();
    });
    socket.on('close', (code, reason) => {
      closeInfo = { code, reason: reason.toString('utf8') };
      for (const wake of closeWaiters.splice(0)) wake();
    });
    socket.on('unexpected-response', (_req, res) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`upgrade refused: ${res.statusCode}`), { status: res.statusCode }));
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('open', () => {
      clearTimeout(timer);
      const bounded = <T>(wait: (done: () => void) => void, what: string, ms: number, value: () => T) =>
        new Promise<T>((ok, fail) => {
          const t = setTimeout(() => fail(new Error(`${what} within ${ms} ms`)), ms);
          wait(() => {
            clearTimeout(t);
            ok(value());
          });
        });
      resolve({
        socket,
        messages,
        next: (ms = 20_000) =>
          bounded(
            (done) => (messages.length > taken ? done() : waiters.push(done)),
            'no message',
            ms,
            () => messages[taken++],
          ),
        closed: (ms = 20_000) =>
          bounded(
            (done) => (closeInfo ? done() : closeWaiters.push(done)),
            'no close',
            ms,
            () => closeInfo!,
          ),
      });
    });
  });
}

/**
 * The HTTP status a handshake was refused with (fails if it was accepted).
 *
 * @example
 * ```ts
 * expect(await refusedStatus(`${api.realtimeUrl}`)).toBe(401);
 * ```
 */
export async function refusedStatus(url: string): Promise<number> {
  try {
    const open = await openSocket(url);
    open.socket.close();
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (typeof status === 'number') return status;
    throw error;
  }
  throw new Error(`the handshake with ${url} was accepted`);
}
