// getSummary against a recount: after creates in every status, status changes, an update
// that keeps the status and a delete, the counters (eventually consistent: they follow the
// change stream) equal a count of the listed tasks, within a bounded wait.
import type { Task, TaskStatus, TaskSummary } from '@serverless-todo/contract';
import { ApiClient, type Exchange } from '../http/api-client.ts';
import { expectEqual, expectStatus, expectThat } from '../http/expect.ts';
import { createTask, listAll } from '../http/tasks.ts';
import type { Target } from '../target.ts';
import { twoEmptyUsers } from '../users.ts';

/** How long the counters may take to catch up here: well past the contract's stated lag. */
export const SUMMARY_WAIT_MS = 30_000;
const POLL_MS = 50;

const recount = (tasks: readonly Task[]) => {
  const of = (status: TaskStatus) => tasks.filter((t) => t.status === status).length;
  return { pending: of('pending'), in_progress: of('in_progress'), done: of('done'), total: tasks.length };
};

/**
 * Changes a user's tasks, then polls getSummary (bounded) until it equals a recount.
 *
 * @example
 * ```ts
 * await summaryAgreesWithRecount(localTarget());
 * ```
 */
export async function summaryAgreesWithRecount(target: Target): Promise<void> {
  const api = new ApiClient(target);
  const [user, other] = await twoEmptyUsers(api);
  const statuses: TaskStatus[] = ['pending', 'pending', 'in_progress', 'done', 'pending', 'done'];
  const made: Task[] = [];
  for (const [i, status] of statuses.entries())
    made.push((await createTask(api, user, { title: `t${i}`, status })).task);
  const at = (task: Task) => ({ user_id: user, task_id: task.task_id });
  const [a, b, c, d] = made as [Task, Task, Task, Task];
  expectStatus(await api.send({ operationId: 'updateTask', path: at(a), json: { status: 'done' } }), 200);
  expectStatus(await api.send({ operationId: 'updateTask', path: at(b), json: { status: 'in_progress' } }), 200);
  expectStatus(await api.send({ operationId: 'updateTask', path: at(b), json: { status: 'done' } }), 200);
  expectStatus(await api.send({ operationId: 'updateTask', path: at(c), json: { title: 'same status' } }), 200);
  expectStatus(await api.send({ operationId: 'deleteTask', path: at(d) }), 204);
  await createTask(api, other, { title: "the other user's" });

  const { tasks } = await listAll(api, user);
  const want = recount(tasks);
  const deadline = Date.now() + SUMMARY_WAIT_MS;
  let seen: Exchange;
  for (;;) {
    seen = await api.send({ operationId: 'getSummary', path: { user_id: user } });
    expectStatus(seen, 200);
    const { updated_at: _, ...counts } = seen.body as TaskSummary;
    if (JSON.stringify(counts) === JSON.stringify(want) || Date.now() > deadline) break;
    await new Promise((ok) => setTimeout(ok, POLL_MS));
  }
  const { updated_at, ...counts } = seen.body as TaskSummary;
  expectEqual(seen, `the counters within ${SUMMARY_WAIT_MS / 1000} s (a recount of the listed tasks)`, counts, want);
  expectThat(seen, 'updated_at is set once the user has tasks', typeof updated_at === 'string');
}
