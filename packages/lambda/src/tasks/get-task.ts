import type { Task } from '@serverless-todo/contract';
import { TaskNotFoundError } from '../errors.ts';
import { readItem, type TaskTable, toTask } from './table.ts';

/**
 * Reads one of the user's tasks.
 *
 * @throws {TaskNotFoundError} when the user has no task with this id.
 * @example
 * ```ts
 * const task = await getTask(table, 'user123', '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70');
 * ```
 */
export async function getTask(table: TaskTable, userId: string, taskId: string): Promise<Task> {
  const item = await readItem(table, userId, taskId);
  if (item === undefined) throw new TaskNotFoundError();
  return toTask(item);
}
