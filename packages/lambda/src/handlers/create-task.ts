// POST /users/{user_id}/tasks. With an Idempotency-Key the create goes through the
// Powertools idempotency layer, loaded on first use so requests without the header (and cold
// starts) never pay for it. A missing header is never hashed: no key, no idempotency.

import { etagOf } from '@serverless-todo/contract/http';
import { createTask as operation } from '@serverless-todo/contract/requests/createTask';
import { loadEnv, required } from '../env.ts';
import { defineHandler } from '../http/define-handler.ts';
import { createTask } from '../tasks/create-task.ts';
import { taskTable } from './task-table.ts';

const env = loadEnv('CreateTaskFunction');

/**
 * The createTask function: API Gateway REST proxy event in, proxy result out.
 *
 * @example
 * ```ts
 * const result = await handler(event, context); // { statusCode, headers, body }
 * ```
 */
export const handler = defineHandler(operation, env, async ({ request, principal, path, context }) => {
  const table = taskTable(env);
  const key = request.headers['idempotency-key'];
  let task: Awaited<ReturnType<typeof createTask>>;
  if (key === undefined) {
    task = await createTask(table, principal, request.body);
  } else {
    const { createTaskOnce } = await import('../idempotency/create-task-once.ts');
    const idempotencyTable = required(env, 'IDEMPOTENCY_TABLE_NAME');
    task = await createTaskOnce({ table, idempotencyTable, principal, key, body: request.body, context });
  }
  return {
    status: 201,
    body: task,
    headers: { ETag: etagOf(task.version), Location: `${path}/${encodeURIComponent(task.task_id)}` },
  };
});
