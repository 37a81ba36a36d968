// GET /users/{user_id}/tasks. Cursors are HMAC-bound to the user and the status filter.

import { listTasks as operation } from '@serverless-todo/contract/requests/listTasks';
import { loadEnv, required } from '../env.ts';
import { defineHandler } from '../http/define-handler.ts';
import { decodeCursor, encodeCursor } from '../tasks/cursor.ts';
import { listTasks } from '../tasks/list-tasks.ts';
import { taskTable } from './task-table.ts';

const env = loadEnv('ListTasksFunction');

/**
 * The listTasks function: API Gateway REST proxy event in, proxy result out.
 *
 * @example
 * ```ts
 * const result = await handler(event, context); // { statusCode, headers, body }
 * ```
 */
export const handler = defineHandler(operation, env, async ({ request, principal }) => {
  const secret = required(env, 'CURSOR_SECRET');
  const { limit, status, cursor } = request.query;
  const scope = { principal, status };
  const after = cursor === undefined ? undefined : decodeCursor(secret, scope, cursor);
  const page = await listTasks(taskTable(env), principal, { limit, status, after });
  const nextCursor = page.after === null ? null : encodeCursor(secret, scope, page.after);
  return { status: 200, body: { tasks: page.tasks, next_cursor: nextCursor } };
});
