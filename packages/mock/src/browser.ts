// The browser entry: a Service Worker setup. The page must serve `mockServiceWorker.js`
// (`npx msw init public/`), see the README.
import { type SetupWorker, setupWorker } from 'msw/browser';
import { createTodoHandlers } from './handlers.ts';
import type { TodoMockOptions } from './options.ts';

/**
 * An MSW worker (msw/browser) with the Todo API's handlers. `await worker.start()` before
 * the app's first request.
 *
 * @example
 * ```ts
 * import { setupTodoWorker } from '@serverless-todo/mock/browser';
 *
 * const worker = setupTodoWorker({ baseUrl: 'https://api.example.com/prod', delay: [100, 400] });
 * await worker.start({ onUnhandledRequest: 'bypass' });
 * ```
 */
export function setupTodoWorker(options: TodoMockOptions): SetupWorker {
  return setupWorker(...createTodoHandlers(options));
}
