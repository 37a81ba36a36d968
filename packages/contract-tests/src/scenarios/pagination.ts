// Pagination: walk users with 0, 1, 37 and 250 tasks at limits 1, 7, 20 and 100, and with a
// status filter. Every task must come back exactly once, in task_id order, no page may
// exceed its limit, and the walk must end (only next_cursor: null means the end).
import type { Task, TaskList, TaskStatus } from '@serverless-todo/contract';
import { ApiClient } from '../http/api-client.ts';
import { inBatches } from '../http/batches.ts';
import { expectEqual, expectStatus, expectThat } from '../http/expect.ts';
import { createTask } from '../http/tasks.ts';
import type { Target } from '../target.ts';
import { twoEmptyUsers } from '../users.ts';

export const TASK_COUNTS = [0, 1, 37, 250] as const;
export const LIMITS = [1, 7, 20, 100] as const;
const STATUSES: readonly TaskStatus[] = ['pending', 'in_progress', 'done'];

/**
 * Walks one user's list page by page and checks every page; returns the tasks in order.
 * The walk is bounded: a page count beyond twice the necessary one fails.
 *
 * @example
 * ```ts
 * const tasks = await walk(api, 'u1', { limit: 7 }, 37);
 * ```
 */
export async function walk(
  api: ApiClient,
  user: string,
  filter: { limit: number; status?: TaskStatus },
  expectedCount: number,
): Promise<Task[]> {
  const maxPages = 2 * Math.ceil(expectedCount / filter.limit) + 2;
  const tasks: Task[] = [];
  let cursor: string | null = null;
  for (let pages = 1; pages <= maxPages; pages++) {
    const query: Record<string, string> = { limit: String(filter.limit) };
    if (filter.status) query.status = filter.status;
    if (cursor !== null) query.cursor = cursor;
    const page = await api.send({ operationId: 'listTasks', path: { user_id: user }, query });
    expectStatus(page, 200);
    const body = page.body as TaskList;
    expectThat(
      page,
      `at most ${filter.limit} tasks on the page, got ${body.tasks.length}`,
      body.tasks.length <= filter.limit,
    );
    if (filter.status)
      expectThat(
        page,
        `only ${filter.status} tasks`,
        body.tasks.every((t) => t.status === filter.status),
      );
    tasks.push(...body.tasks);
    if (body.next_cursor === null) return tasks;
    cursor = body.next_cursor;
  }
  throw new Error(
    `[${api.target.name}] listTasks for ${expectedCount} tasks at ${JSON.stringify(filter)} did not end within ${maxPages} pages`,
  );
}

/** Checks a walk's result: each expected task exactly once, in task_id order. */
function checkWalk(api: ApiClient, what: string, got: Task[], want: Task[]): void {
  const ids = got.map((t) => t.task_id);
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  const missing = want.filter((t) => !ids.includes(t.task_id)).map((t) => t.task_id);
  const sorted = [...want].sort((a, b) => (a.task_id < b.task_id ? -1 : 1));
  if (duplicates.length > 0 || missing.length > 0 || got.length !== want.length) {
    throw new Error(
      `[${api.target.name}] listTasks walk ${what}: ${got.length} tasks for ${want.length}; duplicates ${JSON.stringify(duplicates)}, missing ${JSON.stringify(missing.slice(0, 5))}`,
    );
  }
  if (JSON.stringify(got) !== JSON.stringify(sorted)) {
    throw new Error(
      `[${api.target.name}] listTasks walk ${what}: tasks are not in task_id order, or differ from the created ones`,
    );
  }
}

/**
 * The full walk matrix (counts × limits, plus a filtered walk).
 *
 * @example
 * ```ts
 * await paginationWalk(localTarget());
 * ```
 */
export async function paginationWalk(target: Target): Promise<void> {
  const api = new ApiClient(target);
  for (const count of TASK_COUNTS) {
    const [user] = await twoEmptyUsers(api);
    const created = await inBatches(
      Array.from({ length: count }, (_, i) => i),
      8,
      async (i) => {
        const status = STATUSES[i % STATUSES.length] as TaskStatus;
        return (await createTask(api, user, { title: `task ${i}`, status })).task;
      },
    );
    for (const limit of LIMITS)
      checkWalk(api, `over ${count} at limit ${limit}`, await walk(api, user, { limit }, count), created);
    const done = created.filter((t) => t.status === 'done');
    checkWalk(
      api,
      `over ${count} with status=done at limit 7`,
      await walk(api, user, { limit: 7, status: 'done' }, done.length),
      done,
    );
  }
  const [user] = await twoEmptyUsers(api);
  const page = await api.send({ operationId: 'listTasks', path: { user_id: user } });
  expectEqual(page, 'an empty first page', page.body, { tasks: [], next_cursor: null });
}
