// Target 1: the MSW mock, in-process. `setupServer` from msw/node patches fetch, so the
// target's fetch looks up globalThis.fetch per call (after `listen()` has patched it). Its
// realtime API is MSW's interception of the global WebSocket class (`ws.link`).
import { createTodoHandlers, devToken } from '@serverless-todo/mock';
import type { RequestHandler, WebSocketHandler } from 'msw';
import { type SetupServer, setupServer } from 'msw/node';
import { WebSocket } from 'ws';
import type { RealtimeEndpoint, Target, WebSocketClass } from '../target.ts';

/** Never resolved or bound: MSW answers before any socket is opened. */
export const MOCK_BASE_URL = 'http://mock.test';
/** The mock's realtime API, intercepted like its base URL. */
export const MOCK_REALTIME_URL = 'ws://mock.test/realtime';

/** Options of {@link mockTarget}. */
export interface MockTargetOptions {
  /** Shown in test names; default `mock`. */
  readonly name?: string;
  /**
   * The handlers to serve; default `createTodoHandlers({ baseUrl: MOCK_BASE_URL })`, with
   * `realtime: { url: MOCK_REALTIME_URL }` when `realtime` is set.
   */
  readonly handlers?: readonly (RequestHandler | WebSocketHandler)[];
  /** Serve the realtime API at MOCK_REALTIME_URL and describe it as the target's `realtime`. */
  readonly realtime?: boolean;
  /**
   * Let requests to other origins through (the differential test talks to the local API in
   * the same process). Requests to the mock's origin that no handler takes are always errors.
   */
  readonly bypassOtherOrigins?: boolean;
}

/**
 * The mock target. Its `setup` starts MSW with `onUnhandledRequest: 'error'`.
 *
 * @example
 * ```ts
 * defineSuite(mockTarget());
 * ```
 */
export function mockTarget(options: MockTargetOptions = {}): Target {
  const handlers =
    options.handlers ??
    (options.realtime
      ? createTodoHandlers({ baseUrl: MOCK_BASE_URL, realtime: { url: MOCK_REALTIME_URL } })
      : createTodoHandlers({ baseUrl: MOCK_BASE_URL }));
  let server: SetupServer | undefined;
  const origin = new URL(MOCK_BASE_URL).origin;
  const realtime: RealtimeEndpoint = {
    url: MOCK_REALTIME_URL,
    webSocket: () => globalThis.WebSocket as WebSocketClass,
    seesUpgradeStatus: false,
    expiredToken: async (userId) => devToken(userId, { exp: Math.floor(Date.now() / 1000) - 60 }),
    unsignedTokens: 'the mock reads the sub of any JWT without checking its signature (its README, "Dev tokens")',
  };
  return {
    name: options.name ?? 'mock',
    baseUrl: MOCK_BASE_URL,
    fetch: (request) => globalThis.fetch(request),
    token: async (userId) => devToken(userId),
    ...(options.realtime ? { realtime } : {}),
    async setup() {
      // msw/node intercepts the global WebSocket class, which Node 20 lacks: `ws`'s stands in.
      if (options.realtime) globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket;
      server = setupServer(...handlers);
      server.listen({
        onUnhandledRequest: options.bypassOtherOrigins
          ? (request, print) => {
              if (new URL(request.url).origin === origin) print.error();
            }
          : 'error',
      });
    },
    async teardown() {
      server?.close();
      server = undefined;
    },
  };
}
