// One test socket on a target's realtime API: it records every frame the server sends,
// each checked against asyncapi.yaml as it arrives, and how the handshake ended. `flush`
// sends the contract's ping and waits for its pong: a connection delivers in order, so once
// the pong is in, everything the server handed to this connection before it is in too.
import {
  assertServerMessage,
  type ChangeEvent,
  realtimeUrl,
  type ServerMessage,
} from '@serverless-todo/contract/realtime';
import { UnexpectedResponseError } from '../errors.ts';
import type { RealtimeEndpoint } from '../target.ts';

/** The longest a socket waits to open, to be refused, or for a pong. */
export const SOCKET_WAIT_MS = 20_000;

/** How a handshake ended. */
export type Handshake =
  | { readonly opened: true }
  | {
      readonly opened: false;
      /** The upgrade's HTTP status, where the socket can see it (`ws`); else null. */
      readonly status: number | null;
      /** The close code the socket reported (1006 for a refused upgrade). */
      readonly closeCode: number | null;
    };

/** A socket and what it heard. */
export interface EventSocket {
  /** `[target] socket of <user>`, for failure messages. */
  readonly label: string;
  /** Every frame, parsed and conforming, in arrival order (pongs included). */
  readonly messages: readonly ServerMessage[];
  /** The change events among them, in arrival order. */
  readonly events: readonly ChangeEvent[];
  /** Resolves once the socket opened or was refused (bounded by SOCKET_WAIT_MS). */
  readonly handshake: Promise<Handshake>;
  /** Frames that departed from asyncapi.yaml (they fail a scenario on their own). */
  readonly violations: readonly string[];
  /** Sends `ping` and waits (bounded) for the pong that follows everything sent before it. */
  flush(): Promise<void>;
  close(): void;
}

/** The `ws` package's extra event for a refused upgrade; absent on browser-style sockets. */
interface UpgradeAware {
  on?(event: 'unexpected-response', listener: (request: unknown, response: { statusCode?: number }) => void): void;
  terminate?(): void;
}

const within = <T>(promise: Promise<T>, label: string, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new UnexpectedResponseError(`${label}: ${what} within ${SOCKET_WAIT_MS} ms`)),
      SOCKET_WAIT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

/**
 * Opens a socket at the endpoint with `token` (null: no `token` parameter at all).
 *
 * @example
 * ```ts
 * const socket = openEventSocket(target.realtime, await target.token(user), `[${target.name}] ${user}`);
 * if (!(await socket.handshake).opened) throw new Error('refused');
 * ```
 */
export function openEventSocket(endpoint: RealtimeEndpoint, token: string | null, label: string): EventSocket {
  const url = token === null ? endpoint.url : realtimeUrl(endpoint.url, token);
  const Socket = endpoint.webSocket();
  const socket = new Socket(url);
  const messages: ServerMessage[] = [];
  const events: ChangeEvent[] = [];
  const violations: string[] = [];
  const pongWaiters: (() => void)[] = [];
  let status: number | null = null;
  let settle: (handshake: Handshake) => void = () => {};
  const handshake = new Promise<Handshake>((resolve) => {
    settle = resolve;
  });
  const upgradeAware = socket as unknown as UpgradeAware;
  upgradeAware.on?.('unexpected-response', (_request, response) => {
    status = response.statusCode ?? null;
    upgradeAware.terminate?.();
  });
  socket.addEventListener('open', () => settle({ opened: true }));
  socket.addEventListener('close', (event) => settle({ opened: false, status, closeCode: event.code ?? null }));
  // A refused handshake also reports an error; what matters is that it never opens.
  socket.addEventListener('error', () => {});
  socket.addEventListener('message', (event) => {
    let message: unknown;
    try {
      message = JSON.parse(String(event.data));
      assertServerMessage(message);
    } catch (error) {
      violations.push(`${label}: ${(error as Error).message}`);
      return;
    }
    messages.push(message);
    if (message.type === 'pong') pongWaiters.shift()?.();
    else if (message.type !== 'error') events.push(message as ChangeEvent);
  });
  return {
    label,
    messages,
    events,
    violations,
    handshake: within(handshake, label, 'no open and no refusal'),
    async flush() {
      const pong = new Promise<void>((resolve) => pongWaiters.push(resolve));
      socket.send(JSON.stringify({ type: 'ping' }));
      await within(pong, label, 'no pong');
    },
    close() {
      socket.close();
    },
  };
}
