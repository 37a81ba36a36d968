// The `tasks` resource: one method per operation of openapi.yaml, plus listAll. Whether a
// request may be retried, and its Idempotency-Key and If-Match headers, are transport.ts's.
import type { Task, TaskList } from '@serverless-todo/contract';
import { etagOf } from '@serverless-todo/contract/http';
import type { Send } from './transport.ts';
import type { TaskResult, TasksApi } from './types.ts';

const TASKS = '/users/{user_id}/tasks';
const TASK = `${TASKS}/{task_id}`;

// The ETag is derived from the body, with the API's own format, rather than read from the
// header, which browsers hide from cross-origin callers unless the API exposes it.
const withEtag = (task: unknown): TaskResult => ({ task: task as Task, etag: etagOf((task as Task).version) });

/**
 * Builds the `tasks` resource of a client.
 *
 * @example
 * ```ts
 * const tasks = createTasks(send);
 * const { task, etag } = await tasks.create('u1', { title: 'Buy milk' });
 * ```
 */
export function createTasks(send: Send): TasksApi {
  const tasks: TasksApi = {
    create: (user_id, body, options) => send('POST', TASKS, { user_id }, options, body).then(withEtag),
    list: (user_id, options = {}) =>
      send('GET', TASKS, { user_id }, options, undefined, {
        limit: options.limit,
        cursor: options.cursor,
        status: options.status,
      }) as Promise<TaskList>,
    async *listAll(userId, options) {
      // A page may be empty and still have a cursor (DynamoDB stops at 1 MB or `Limit`
      // before filtering): only a missing cursor means the end.
      let page: TaskList | undefined;
      do {
        page = await tasks.list(userId, { ...options, cursor: page ? (page.next_cursor as string) : options?.cursor });
        yield* page.tasks;
      } while (page.next_cursor != null);
    },
    get: (user_id, task_id, options) => send('GET', TASK, { user_id, task_id }, options).then(withEtag),
    update: (user_id, task_id, body, options) =>
      send('PATCH', TASK, { user_id, task_id }, options, body).then(withEtag),
    delete: (user_id, task_id, options) => send('DELETE', TASK, { user_id, task_id }, options) as Promise<void>,
  };
  return tasks;
}
