// The tasks table as the repository sees it: `user_id` (HASH) + `task_id` (RANGE), one item
// per task holding exactly the Task fields.
import type { Task, TaskStatus } from '@serverless-todo/contract';
import type { DynamoDB } from '../aws/dynamodb.ts';

/** Where the repository reads and writes. */
export interface TaskTable {
  readonly client: DynamoDB;
  readonly tableName: string;
}

/** A stored item: the Task's attributes, possibly with others a future version added. */
export type TaskItem = Record<string, unknown>;

/**
 * Picks the Task fields out of a stored item, so attributes that the contract does not
 * know never reach a response.
 *
 * @example
 * ```ts
 * toTask({ user_id: 'u1', task_id: 't1', title: 'x', status: 'done', version: 2, created_at: '…', updated_at: '…' });
 * ```
 */
export function toTask(item: TaskItem): Task {
  return {
    user_id: item.user_id as string,
    task_id: item.task_id as string,
    title: item.title as string,
    description: (item.description as string | undefined) ?? '',
    status: item.status as TaskStatus,
    due_date: (item.due_date as string | null | undefined) ?? null,
    created_at: item.created_at as string,
    updated_at: item.updated_at as string,
    version: Number(item.version),
  };
}

/**
 * Reads one item with a strongly consistent read (the callers decide 404 vs 412 from it,
 * right after a write), or undefined when there is none.
 *
 * @example
 * ```ts
 * const item = await readItem(table, 'u1', taskId);
 * ```
 */
export async function readItem(table: TaskTable, userId: string, taskId: string): Promise<TaskItem | undefined> {
  const { Item } = await table.client.get({
    TableName: table.tableName,
    Key: { user_id: userId, task_id: taskId },
    ConsistentRead: true,
  });
  return Item;
}
