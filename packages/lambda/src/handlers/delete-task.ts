// DELETE /users/{user_id}/tasks/{task_id}

import { expectedVersion } from '@serverless-todo/contract/http';
import { deleteTask as operation } from '@serverless-todo/contract/requests/deleteTask';
import { loadEnv } from '../env.ts';
import { defineHandler } from '../http/define-handler.ts';
import { deleteTask } from '../tasks/delete-task.ts';
import { taskTable } from './task-table.ts';

const env = loadEnv('DeleteTaskFunction');

/**
 * The deleteTask function: API Gateway REST proxy event in, proxy result out.
 *
 * @example
 * ```ts
 * const result = await handler(event, context); // { statusCode, headers, body }
 * ```
 */
export const handler = defineHandler(operation, env, async ({ request, principal }) => {
  await deleteTask(taskTable(env), principal, request.path.task_id, expectedVersion(request.headers['if-match']));
  return { status: 204 };
});
