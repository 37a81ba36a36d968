// The real parts under every test: the published MSW handlers (a fresh store per test), the
// real SDK with an injected fetch, and a real QueryClient. Every response the SDK receives is
// checked against openapi.yaml before the SDK may read it.
import { createTodoClient, type TodoClient } from '@serverless-todo/client';
import { matchRoute } from '@serverless-todo/contract';
import { assertConforms } from '@serverless-todo/contract/responses';
import { createTodoHandlers, devToken, type TodoMockOptions } from '@serverless-todo/mock';
import { QueryClient } from '@tanstack/query-core';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** Never bound: MSW answers before any socket opens. */
export const BASE = 'http://127.0.0.1:3998';

/** One request as the API received it. */
export interface SentRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Headers;
}

const server = setupServer();

/** Installs MSW for the calling file: `onUnhandledRequest: 'error'`, reset after each test. */
export function useMockServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

/** Adds handlers in front of the mock's (a test's own scripted answers). */
export const useHandlers: typeof server.use = (...handlers) => server.use(...handlers);

/** A gate the test opens: requests wait at it until `open()`, so in-between states can be seen. */
export interface Gate {
  /** Resolves once a request is waiting at the gate. */
  readonly reached: Promise<void>;
  open(): void;
}

/**
 * A fresh mock store, and the clients of one user on it.
 *
 * @example
 * ```ts
 * const api = mockApi({ seed: { u1: [{ title: 'a' }] } });
 * const todo = todoQueries(api.client('u1'), 'u1');
 * ```
 */
export function mockApi(options: Partial<TodoMockOptions> = {}) {
  server.use(...createTodoHandlers({ baseUrl: BASE, ...options }));
  const sent: SentRequest[] = [];
  let gate: (Gate & { wait: Promise<void>; arrive(): void }) | null = null;

  const conformingFetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    sent.push({ method: request.method, path, headers: new Headers(request.headers) });
    if (gate) {
      const current = gate;
      gate = null;
      current.arrive();
      await current.wait;
    }
    const response = await globalThis.fetch(request);
    const route = matchRoute(request.method, path);
    if (route) {
      const text = await response.clone().text();
      const body = text === '' ? undefined : JSON.parse(text);
      assertConforms(route.operation.operationId, { status: response.status, headers: response.headers, body });
    }
    return response;
  };

  return {
    sent,
    /** The SDK for `userId` (a dev token), retrying fast so tests need not wait. */
    client: (userId: string, token: string | null = devToken(userId)): TodoClient =>
      createTodoClient({
        baseUrl: BASE,
        ...(token !== null && { token }),
        fetch: conformingFetch,
        retry: { baseDelayMs: 1, maxDelayMs: 5 },
      }),
    /** Holds the next request until the gate opens. */
    hold(): Gate {
      let arrive!: () => void;
      let open!: () => void;
      const reached = new Promise<void>((resolve) => {
        arrive = resolve;
      });
      const wait = new Promise<void>((resolve) => {
        open = resolve;
      });
      gate = { reached, wait, arrive, open };
      return gate;
    },
  };
}

/** A QueryClient as an app would configure one: no retries of its own (the SDK retries). */
export const newQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } } });
