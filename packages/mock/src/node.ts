// The Node entry: kept apart from the main entry so browser bundles never pull in msw/node.
import { type SetupServer, setupServer } from 'msw/node';
import { createTodoHandlers } from './handlers.ts';
import type { TodoMockOptions } from './options.ts';

/**
 * An MSW server (msw/node) with the Todo API's handlers. Call `listen()` before your tests
 * and `close()` after; `resetHandlers(...createTodoHandlers(opts))` starts a fresh store.
 *
 * @example
 * ```ts
 * import { setupTodoServer } from '@serverless-todo/mock/node';
 *
 * const server = setupTodoServer({ baseUrl: 'http://127.0.0.1:3000' });
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterAll(() => server.close());
 * ```
 */
export function setupTodoServer(options: TodoMockOptions): SetupServer {
  return setupServer(...createTodoHandlers(options));
}
