// Test driver: plain fetch against MSW (msw/node), and every response checked against
// openapi.yaml with the contract's assertConforms before a test may look at it.
import type { OperationId, Task } from '@serverless-todo/contract';
import { assertConforms } from '@serverless-todo/contract/responses';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createTodoHandlers, devToken, type TodoMockOptions } from '../../src/index.ts';

/** Never bound: MSW answers before any socket is opened. */
export const BASE = 'http://127.0.0.1:3999';

/** A response as tests see it, already proven to conform. */
export interface Seen {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

export interface CallOptions {
  /** A bearer token, `null` for none; defaults to a dev token for the path's user. */
  readonly token?: string | null;
  /** Sent as JSON unless `raw` is given. */
  readonly json?: unknown;
  readonly raw?: string;
  readonly headers?: Record<string, string>;
}

export const server = setupServer();

/** Installs the MSW server for the calling test file; each test adds its own handler set. */
export function useMockServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

/** A fresh handler set (fresh store) for one test, and a `call` bound to it. */
export function mockApi(options: Partial<TodoMockOptions> = {}) {
  server.use(...createTodoHandlers({ baseUrl: BASE, ...options }));
  return { call };
}

const userOf = (path: string) => /^\/users\/([^/?]+)/.exec(path)?.[1];

/** One request; throws if the response departs from the contract. */
export async function call(
  operationId: OperationId,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Seen> {
  const headers = new Headers(options.headers);
  const user = userOf(path);
  const token = options.token === undefined ? (user ? devToken(decodeURIComponent(user)) : null) : options.token;
  if (token !== null) headers.set('authorization', `Bearer ${token}`);
  let body: string | undefined = options.raw;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  const response = await fetch(BASE + path, { method, headers, body });
  const text = await response.text();
  const parsed: unknown = text === '' ? undefined : JSON.parse(text);
  const seen = { status: response.status, headers: response.headers, body: parsed };
  assertConforms(operationId, seen, `${method} ${path}`);
  return seen;
}

/** Creates a task for `user` and returns it (asserting 201). */
export async function createTask(user: string, json: unknown = { title: 'A task' }): Promise<Task> {
  const res = await call('createTask', 'POST', `/users/${user}/tasks`, { json });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Task;
}
