// GET /users/{user_id}/tasks/{task_id}

import { etagOf } from '@serverless-todo/contract/http';
import { getTask as operation } from '@serverless-todo/contract/requests/getTask';
import { loadEnv } from '../env.ts';
import { defineHandler } from '../http/define-handler.ts';
import { getTask } from '../tasks/get-task.ts';
import { taskTable } from './task-table.ts';

const env = loadEnv('GetTaskFunction');

/**
 * The getTask function: API Gateway REST proxy event in, proxy result out.
 *
 * @example
 * ```ts
 * const result = await handler(event, context); // { statusCode, headers, body }
 * ```
 */
export const handler = defineHandler(operation, env, async ({ request, principal }) => {
  const task = await getTask(taskTable(env), principal, request.path.task_id);
  return { status: 200, body: task, headers: { ETag: etagOf(task.version) } };
});
