// The mock keeps its store in page memory, so a reload would start empty. This mirrors every
// task the mock returns into localStorage and seeds the next start with it: in mock mode the
// data outlives a reload, as it would with a real API.
import type { FetchFunction, Task } from '@serverless-todo/client';
import type { Seed } from '@serverless-todo/mock';

const KEY = 'todo-example-mock-tasks';

type Saved = Record<string, Record<string, Task>>;

const TASK_PATH = /^\/users\/([^/]+)\/tasks(?:\/([^/]+))?$/;

/** The saved tasks and the fetch that keeps them up to date. */
export interface SavedTasks {
  /** The seed for `setupTodoWorker`: what the mock last answered, per user. */
  seed(): Seed;
  /** A fetch for the SDK that records the mock's answers before handing them on. */
  readonly fetch: FetchFunction;
}

/**
 * Mirrors the mock's tasks under `apiUrl` into `storage`.
 *
 * @example
 * ```ts
 * const saved = savedTasks(localStorage, 'http://127.0.0.1:5173/api');
 * setupTodoWorker({ baseUrl, seed: saved.seed() });
 * createTodoClient({ baseUrl, token, fetch: saved.fetch });
 * ```
 */
export function savedTasks(storage: Storage, apiUrl: string): SavedTasks {
  const load = (): Saved => {
    try {
      return JSON.parse(storage.getItem(KEY) ?? '{}') as Saved;
    } catch {
      return {};
    }
  };

  async function record(method: string, url: string, response: Response): Promise<void> {
    if (!url.startsWith(`${apiUrl}/`)) return;
    const match = TASK_PATH.exec(new URL(url).pathname.slice(new URL(apiUrl).pathname.length));
    if (!match) return;
    const [, user = '', taskId] = match.map((part) => (part === undefined ? part : decodeURIComponent(part)));
    const saved = load();
    const tasks = saved[user] ?? {};
    saved[user] = tasks;
    if (response.ok && response.status !== 204 && method !== 'GET') {
      const task = (await response.clone().json()) as Task;
      tasks[task.task_id] = task;
    } else if (taskId && (response.status === 404 || (method === 'DELETE' && response.ok))) {
      delete tasks[taskId];
    } else {
      return;
    }
    storage.setItem(KEY, JSON.stringify(saved));
  }

  return {
    seed: () => Object.fromEntries(Object.entries(load()).map(([user, tasks]) => [user, Object.values(tasks)])),
    // The SDK waits for this before it resolves, so the store is saved before the page
    // shows the change: a reload right after an action cannot lose it.
    fetch: async (input, init) => {
      const response = await globalThis.fetch(input, init);
      const url = input instanceof Request ? input.url : String(input);
      const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
      await record(method, url, response);
      return response;
    },
  };
}
