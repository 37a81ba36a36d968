import { isConditionFailed } from '../dynamo/throttling.ts';
import { type ExpectedVersion, guard, guardFailure } from './precondition.ts';
import type { TaskTable } from './table.ts';

/**
 * Deletes a task that exists and (with `expected`) is still at that version.
 *
 * @throws {TaskNotFoundError} when there is no such task (DeleteItem alone would succeed).
 * @throws {VersionConflictError} when it exists at another version.
 * @example
 * ```ts
 * await deleteTask(table, 'user123', taskId, undefined);
 * ```
 */
export async function deleteTask(
  table: TaskTable,
  userId: string,
  taskId: string,
  expected: ExpectedVersion,
): Promise<void> {
  const condition = guard(expected);
  try {
    await table.client.delete({
      TableName: table.tableName,
      Key: { user_id: userId, task_id: taskId },
      ...condition,
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
  } catch (error) {
    if (isConditionFailed(error)) throw await guardFailure(table, userId, taskId, expected, error);
    throw error;
  }
}
