// The mock's store lives in memory (a SharedWorker, gone once its last tab closes), so a
// reload could start empty. This mirrors every task the mock returns into localStorage and
// seeds the next store with it: in mock mode the data outlives a reload, as with a real API.
import type { Task } from '@serverless-todo/client';
import type { Seed } from '@serverless-todo/mock';

const KEY = 'todo-example-mock-tasks';

type Saved = Record<string, Record<string, Task>>;

const TASK_PATH = /^\/users\/([^/]+)\/tasks(?:\/([^/]+))?$/;

/** The saved tasks, and what keeps them up to date. */
export interface SavedTasks {
  /** The seed for the mock's handlers: what the mock last answered, per user. */
  seed(): Seed;
  /** Records one answer of the mock (it reads a clone of the response). */
  record(method: string, url: string, response: Response): Promise<void>;
}

/**
 * Mirrors the mock's tasks under `apiUrl` into `storage`.
 *
 * @example
 * ```ts
 * const saved = savedTasks(localStorage, 'http://127.0.0.1:5173/api');
 * createTodoHandlers({ baseUrl, seed: saved.seed() });
 * await saved.record('POST', request.url, response);
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
    record,
  };
}
