// Target 1: the MSW mock, in-process. `setupServer` from msw/node patches fetch, so the
// target's fetch looks up globalThis.fetch per call (after `listen()` has patched it).
import { createTodoHandlers, devToken } from '@serverless-todo/mock';
import type { RequestHandler } from 'msw';
import { type SetupServer, setupServer } from 'msw/node';
import type { Target } from '../target.ts';

/** Never resolved or bound: MSW answers before any socket is opened. */
export const MOCK_BASE_URL = 'http://mock.test';

/** Options of {@link mockTarget}. */
export interface MockTargetOptions {
  /** Shown in test names; default `mock`. */
  readonly name?: string;
  /** The handlers to serve; default `createTodoHandlers({ baseUrl: MOCK_BASE_URL })`. */
  readonly handlers?: readonly RequestHandler[];
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
  const handlers = options.handlers ?? createTodoHandlers({ baseUrl: MOCK_BASE_URL });
  let server: SetupServer | undefined;
  const origin = new URL(MOCK_BASE_URL).origin;
  return {
    name: options.name ?? 'mock',
    baseUrl: MOCK_BASE_URL,
    fetch: (request) => globalThis.fetch(request),
    token: async (userId) => devToken(userId),
    async setup() {
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
