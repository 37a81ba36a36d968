// PATCH /users/{user_id}/tasks/{task_id}

import { etagOf, expectedVersion } from '@serverless-todo/contract/http';
import { updateTask as operation } from '@serverless-todo/contract/requests/updateTask';
import { loadEnv } from '../env.ts';
import { defineHandler } from '../http/define-handler.ts';
import { updateTask } from '../tasks/update-task.ts';
import { taskTable } from './task-table.ts';

const env = loadEnv('UpdateTaskFunction');

/**
 * The updateTask function: API Gateway REST proxy event in, proxy result out.
 *
 * @example
 * ```ts
 * const result = await handler(event, context); // { statusCode, headers, body }
 * ```
 */
export const handler = defineHandler(operation, env, async ({ request, principal }) => {
  const expected = expectedVersion(request.headers['if-match']);
  const task = await updateTask(taskTable(env), principal, request.path.task_id, request.body, expected);
  return { status: 200, body: task, headers: { ETag: etagOf(task.version) } };
});
