// The CRUD lifecycle, starting with the design document's curl flow.
import type { Task, TaskList } from '@serverless-todo/contract';
import { ApiClient } from '../http/api-client.ts';
import { expectEqual, expectStatus, expectThat } from '../http/expect.ts';
import { createTask } from '../http/tasks.ts';
import type { Target } from '../target.ts';
import { twoEmptyUsers } from '../users.ts';

/**
 * The design's flow: POST /users/user123/tasks with its exact body → 201, then
 * GET /users/user123/tasks lists the task. A deployed API signs only its test users, so it
 * uses the first of them instead of `user123`.
 *
 * @example
 * ```ts
 * await designFlow(mockTarget());
 * ```
 */
export async function designFlow(target: Target): Promise<void> {
  const api = new ApiClient(target);
  const user = target.fixedUsers?.[0] ?? 'user123';
  const body = { title: 'Learn AWS Lambda', description: 'Complete the serverless tutorial' };
  const { task, exchange } = await createTask(api, user, body);
  expectEqual(
    exchange,
    'the created task',
    { ...task, task_id: '*', created_at: '*', updated_at: '*' },
    {
      user_id: user,
      task_id: '*',
      title: 'Learn AWS Lambda',
      description: 'Complete the serverless tutorial',
      status: 'pending',
      due_date: null,
      created_at: '*',
      updated_at: '*',
      version: 1,
    },
  );
  expectEqual(exchange, 'Location', exchange.headers.get('location'), `/users/${user}/tasks/${task.task_id}`);
  expectEqual(exchange, 'ETag', exchange.headers.get('etag'), '"1"');
  expectEqual(exchange, 'created_at = updated_at', task.created_at, task.updated_at);

  const list = await api.send({ operationId: 'listTasks', path: { user_id: user } });
  expectStatus(list, 200);
  const listed = (list.body as TaskList).tasks.find((t) => t.task_id === task.task_id);
  expectEqual(list, 'the listed task', listed, task);
}

/**
 * Create with every field, read it back, update some fields, clear the due date, delete.
 *
 * @example
 * ```ts
 * await crudLifecycle(localTarget());
 * ```
 */
export async function crudLifecycle(target: Target): Promise<void> {
  const api = new ApiClient(target);
  const [user] = await twoEmptyUsers(api);
  const fields = {
    title: 'Deploy with SAM',
    description: 'sam build && sam deploy',
    status: 'in_progress',
    due_date: '2026-12-01T17:00:00Z',
  } as const;
  const { task } = await createTask(api, user, fields);
  const path = { user_id: user, task_id: task.task_id };

  const got = await api.send({ operationId: 'getTask', path });
  expectStatus(got, 200);
  expectEqual(got, 'the task', got.body, task);
  expectEqual(got, 'the stored fields', pick(got.body as Task), fields);
  expectEqual(got, 'ETag', got.headers.get('etag'), '"1"');

  const updated = await api.send({ operationId: 'updateTask', path, json: { status: 'done', title: 'Deployed' } });
  expectStatus(updated, 200);
  const after = updated.body as Task;
  expectEqual(updated, 'the updated fields', pick(after), { ...fields, status: 'done', title: 'Deployed' });
  expectEqual(updated, 'version and ETag', [after.version, updated.headers.get('etag')], [2, '"2"']);
  expectEqual(updated, 'created_at (unchanged)', after.created_at, task.created_at);
  expectThat(updated, 'updated_at ≥ created_at', Date.parse(after.updated_at) >= Date.parse(after.created_at));

  const cleared = await api.send({ operationId: 'updateTask', path, json: { due_date: null } });
  expectStatus(cleared, 200);
  expectEqual(
    cleared,
    'due_date and version',
    [(cleared.body as Task).due_date, (cleared.body as Task).version],
    [null, 3],
  );

  const list = await api.send({ operationId: 'listTasks', path: { user_id: user } });
  expectStatus(list, 200);
  expectEqual(list, 'the list', list.body, { tasks: [cleared.body], next_cursor: null });

  expectStatus(await api.send({ operationId: 'deleteTask', path }), 204);
  expectStatus(await api.send({ operationId: 'getTask', path }), 404);
  const empty = await api.send({ operationId: 'listTasks', path: { user_id: user } });
  expectEqual(empty, 'the list after delete', empty.body, { tasks: [], next_cursor: null });
}

const pick = ({ title, description, status, due_date }: Task) => ({ title, description, status, due_date });
