import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Task, TaskStatus } from '@serverless-todo/contract';
import { type TaskTable, toTask } from './table.ts';

/** What to list. `after` is the task_id the previous page ended at. */
export interface ListQuery {
  readonly limit: number;
  readonly status?: TaskStatus | undefined;
  readonly after?: string | undefined;
}

/** One page: its tasks, and the task_id to continue after, or null at the end. */
export interface TaskPage {
  readonly tasks: Task[];
  readonly after: string | null;
}

/** Tuning for one list request. */
export interface ListOptions {
  /** The most Query calls one request makes before it returns what it has, with a cursor. */
  readonly maxQueryCalls?: number;
}

/** A bound on the work (and the Lambda time) one list request can take. */
export const MAX_QUERY_CALLS = 8;
/** With a filter, read ahead this many items per call so sparse statuses fill pages sooner. */
const FILTERED_READ_AHEAD = 100;

/**
 * Lists the user's tasks in task_id order without ever dropping one.
 *
 * A Query page ends at `Limit` items *evaluated* or at 1 MB, and a filtered page can be
 * empty yet carry a LastEvaluatedKey. So this loops until the page holds `limit` tasks or
 * DynamoDB has nothing left, reading one item more than needed to learn whether more
 * exist. After `maxQueryCalls` it stops early; the returned position then resumes exactly
 * where reading stopped, and a short (even empty) page with a cursor is a legal answer.
 *
 * @example
 * ```ts
 * const first = await listTasks(table, 'user123', { limit: 20, status: 'pending' });
 * const next = first.after && (await listTasks(table, 'user123', { limit: 20, status: 'pending', after: first.after }));
 * ```
 */
export async function listTasks(
  table: TaskTable,
  userId: string,
  query: ListQuery,
  options: ListOptions = {},
): Promise<TaskPage> {
  const maxCalls = options.maxQueryCalls ?? MAX_QUERY_CALLS;
  const tasks: Task[] = [];
  let startKey: Record<string, unknown> | undefined =
    query.after === undefined ? undefined : { user_id: userId, task_id: query.after };
  for (let calls = 1; ; calls++) {
    const wanted = query.limit - tasks.length + 1;
    const { Items = [], LastEvaluatedKey } = await table.client.query(
      queryInput(table.tableName, userId, query.status, startKey, wanted),
    );
    for (const item of Items) tasks.push(toTask(item));
    if (tasks.length > query.limit) {
      tasks.length = query.limit;
      return { tasks, after: (tasks[tasks.length - 1] as Task).task_id };
    }
    if (LastEvaluatedKey === undefined) return { tasks, after: null };
    if (tasks.length === query.limit) return { tasks, after: (tasks[tasks.length - 1] as Task).task_id };
    // Nothing returned so far lies beyond LastEvaluatedKey, so resuming there loses nothing.
    if (calls >= maxCalls) return { tasks, after: LastEvaluatedKey.task_id as string };
    startKey = LastEvaluatedKey;
  }
}

function queryInput(
  tableName: string,
  userId: string,
  status: TaskStatus | undefined,
  startKey: Record<string, unknown> | undefined,
  wanted: number,
): QueryCommandInput {
  const input: QueryCommandInput = {
    TableName: tableName,
    KeyConditionExpression: '#user_id = :user_id',
    ExpressionAttributeNames: { '#user_id': 'user_id' },
    ExpressionAttributeValues: { ':user_id': userId },
    Limit: status === undefined ? wanted : Math.max(wanted, FILTERED_READ_AHEAD),
    ExclusiveStartKey: startKey,
  };
  if (status !== undefined) {
    input.FilterExpression = '#status = :status';
    input.ExpressionAttributeNames = { ...input.ExpressionAttributeNames, '#status': 'status' };
    input.ExpressionAttributeValues = { ...input.ExpressionAttributeValues, ':status': status };
  }
  return input;
}
