// Use after delete: a deleted task is 404 for GET, PATCH and DELETE, and a PATCH never
// brings it back.
import { ApiClient } from '../http/api-client.ts';
import { expectEqual, expectStatus } from '../http/expect.ts';
import { createTask } from '../http/tasks.ts';
import type { Target } from '../target.ts';
import { twoEmptyUsers } from '../users.ts';

/**
 * Create, delete, then every operation on the task is 404 and the list stays empty.
 *
 * @example
 * ```ts
 * await useAfterDelete(mockTarget());
 * ```
 */
export async function useAfterDelete(target: Target): Promise<void> {
  const api = new ApiClient(target);
  const [user] = await twoEmptyUsers(api);
  const { task } = await createTask(api, user, { title: 'short-lived' });
  const path = { user_id: user, task_id: task.task_id };
  expectStatus(await api.send({ operationId: 'deleteTask', path }), 204);
  for (let round = 0; round < 2; round++) {
    expectStatus(await api.send({ operationId: 'getTask', path }), 404);
    expectStatus(await api.send({ operationId: 'updateTask', path, json: { title: 'back to life?' } }), 404);
    expectStatus(
      await api.send({ operationId: 'updateTask', path, json: { status: 'done' }, headers: { 'if-match': '*' } }),
      404,
    );
    expectStatus(await api.send({ operationId: 'deleteTask', path }), 404);
  }
  const list = await api.send({ operationId: 'listTasks', path: { user_id: user } });
  expectEqual(list, 'the list after delete', list.body, { tasks: [], next_cursor: null });
}
