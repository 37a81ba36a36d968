// Steps that many scenarios share: make a task, read a user's whole list, clear a user.
// Each checks its own outcome, so a broken create fails where it happens, not three steps on.
import type { Task, TaskCreate, TaskList, TaskStatus } from '@serverless-todo/contract';
import type { ApiClient, Exchange } from './api-client.ts';
import { expectStatus, expectThat } from './expect.ts';

/**
 * Creates a task for `userId` and returns it with the exchange (asserting 201).
 *
 * @example
 * ```ts
 * const { task } = await createTask(api, 'u1', { title: 'Learn AWS Lambda' });
 * ```
 */
export async function createTask(
  api: ApiClient,
  userId: string,
  body: TaskCreate = { title: 'A task' },
  headers: Record<string, string> = {},
): Promise<{ task: Task; exchange: Exchange }> {
  const exchange = await api.send({ operationId: 'createTask', path: { user_id: userId }, json: body, headers });
  expectStatus(exchange, 201);
  return { task: exchange.body as Task, exchange };
}

/** The most pages a full read may take before it is declared endless. */
export const MAX_PAGES = 1000;

/**
 * Reads every page of a user's list (bounded by MAX_PAGES) and returns all tasks in order.
 *
 * @example
 * ```ts
 * const { tasks, pages, last } = await listAll(api, 'u1', { limit: 100 });
 * ```
 */
export async function listAll(
  api: ApiClient,
  userId: string,
  options: { limit?: number; status?: TaskStatus } = {},
): Promise<{ tasks: Task[]; pages: number; last: Exchange }> {
  const tasks: Task[] = [];
  let cursor: string | null = null;
  for (let pages = 1; pages <= MAX_PAGES; pages++) {
    const query: Record<string, string> = {};
    if (options.limit !== undefined) query.limit = String(options.limit);
    if (options.status !== undefined) query.status = options.status;
    if (cursor !== null) query.cursor = cursor;
    const page = await api.send({ operationId: 'listTasks', path: { user_id: userId }, query });
    expectStatus(page, 200);
    const body = page.body as TaskList;
    tasks.push(...body.tasks);
    if (body.next_cursor === null) return { tasks, pages, last: page };
    expectThat(page, 'a next_cursor different from the one sent', body.next_cursor !== cursor);
    cursor = body.next_cursor;
  }
  throw new Error(`listing ${userId} on ${api.target.name} did not end within ${MAX_PAGES} pages`);
}

/**
 * Deletes every task of `userId` (used on targets whose users persist between runs).
 *
 * @example
 * ```ts
 * await deleteAll(api, 'cognito-sub-of-test-user-a');
 * ```
 */
export async function deleteAll(api: ApiClient, userId: string): Promise<void> {
  const { tasks } = await listAll(api, userId, { limit: 100 });
  for (const task of tasks) {
    const res = await api.send({ operationId: 'deleteTask', path: { user_id: userId, task_id: task.task_id } });
    expectStatus(res, 204, 404);
  }
}
