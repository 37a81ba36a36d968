// Mock mode: the API answered by @serverless-todo/mock's handlers in an MSW Service Worker,
// entirely in this browser. Loaded only by `dev:mock` and `build:mock`.
import type { FetchFunction } from '@serverless-todo/client';
import { devToken } from '@serverless-todo/mock';
import { setupTodoWorker } from '@serverless-todo/mock/browser';
import type { TokenSource } from '../session.ts';
import { savedTasks } from './saved-tasks.ts';

/** What the app needs from the mock. */
export interface StartedMock {
  readonly devTokens: TokenSource;
  readonly fetch: FetchFunction;
}

/**
 * Starts the worker; resolves once it intercepts requests to `apiUrl`.
 *
 * @example
 * ```ts
 * const mock = await startMock('http://127.0.0.1:5173/api');
 * startApp({ config, devTokens: mock.devTokens, fetch: mock.fetch });
 * ```
 */
export async function startMock(apiUrl: string): Promise<StartedMock> {
  const saved = savedTasks(localStorage, apiUrl);
  const worker = setupTodoWorker({ baseUrl: apiUrl, seed: saved.seed() });
  await worker.start({
    quiet: true,
    // Page assets and Vite's own requests go to the network as usual.
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  // The mock reads `sub` from any JWT-shaped token, so an unsigned one is all a dev user needs.
  return { devTokens: async (userId) => devToken(userId), fetch: saved.fetch };
}
