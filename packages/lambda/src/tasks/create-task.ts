import { randomUUID } from 'node:crypto';
import type { Task, ValidRequest } from '@serverless-todo/contract';
import { isConditionFailed } from '../dynamo/throttling.ts';
import { TaskIdCollisionError } from '../errors.ts';
import { readItem, type TaskTable, toTask } from './table.ts';

/** A validated create body: the contract has filled in every default. */
export type NewTask = ValidRequest<'createTask'>['body'];

/**
 * Stores a new task with a server-generated id, timestamps and `version: 1`.
 *
 * The put is conditional on the id being free. When the SDK retries a put whose first
 * attempt was applied but whose response was lost, the retry fails that condition on our
 * own item: reading it back tells that case (return the task, 201) from a real collision.
 *
 * @throws {TaskIdCollisionError} when the new id already held a different item.
 * @example
 * ```ts
 * const task = await createTask(table, 'user123', { title: 'Learn', description: '', status: 'pending', due_date: null });
 * task.version; // 1
 * ```
 */
export async function createTask(table: TaskTable, userId: string, input: NewTask, now = new Date()): Promise<Task> {
  const timestamp = now.toISOString();
  const task: Task = {
    user_id: userId,
    task_id: randomUUID(),
    title: input.title,
    description: input.description,
    status: input.status,
    due_date: input.due_date,
    created_at: timestamp,
    updated_at: timestamp,
    version: 1,
  };
  try {
    await table.client.put({
      TableName: table.tableName,
      Item: task,
      ConditionExpression: 'attribute_not_exists(#task_id)',
      ExpressionAttributeNames: { '#task_id': 'task_id' },
    });
    return task;
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    const stored = await readItem(table, userId, task.task_id);
    if (stored !== undefined && sameTask(toTask(stored), task)) return task;
    throw new TaskIdCollisionError(undefined, { cause: error });
  }
}

const sameTask = (a: Task, b: Task) => JSON.stringify(a) === JSON.stringify(b);
