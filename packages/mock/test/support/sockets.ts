// WebSockets as an app opens them, intercepted by MSW (msw/node patches the global WebSocket;
// Node 20 has none, so the `ws` package's class stands in for it before `listen()`). Every
// message a socket receives is checked against asyncapi.yaml before a test may look at it.
import { assertServerMessage, type ServerMessage } from '@serverless-todo/contract/realtime';
import { WebSocket as NodeWebSocket } from 'ws';

export const REALTIME_URL = 'ws://127.0.0.1:3999/realtime';

/** Must run before the MSW server's `listen()`. */
export function provideGlobalWebSocket(): void {
  globalThis.WebSocket ??= NodeWebSocket as unknown as typeof WebSocket;
}

export interface TestSocket {
  readonly socket: WebSocket;
  /** Every message, in order, each conforming to asyncapi.yaml. */
  readonly messages: ServerMessage[];
  /** Resolves true when the socket opens, false when it closes or errs first. */
  readonly opened: Promise<boolean>;
  readonly events: string[];
  closeCode: number | undefined;
  closeReason: string | undefined;
}

/** Opens a socket with `token` in the query (none when null). */
export function openSocket(token: string | null, url = REALTIME_URL): TestSocket {
  const target = new URL(url);
  if (token !== null) target.searchParams.set('token', token);
  const socket = new WebSocket(target);
  const seen: TestSocket = {
    socket,
    messages: [],
    events: [],
    closeCode: undefined,
    closeReason: undefined,
    opened: Promise.resolve(false),
  };
  (seen as { opened: Promise<boolean> }).opened = new Promise((resolve) => {
    socket.addEventListener('open', () => {
      seen.events.push('open');
      resolve(true);
    });
    socket.addEventListener('error', () => {
      seen.events.push('error');
      resolve(false);
    });
    socket.addEventListener('close', (event) => {
      seen.events.push('close');
      seen.closeCode = event.code;
      seen.closeReason = event.reason;
      resolve(false);
    });
  });
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as unknown;
    assertServerMessage(message);
    seen.messages.push(message);
  });
  return seen;
}
