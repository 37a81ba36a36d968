import type { Task, TaskUpdate } from '@serverless-todo/contract';
import { isConditionFailed } from '../dynamo/throttling.ts';
import { type ExpectedVersion, guard, guardFailure } from './precondition.ts';
import { type TaskTable, toTask } from './table.ts';

/** The fields a PATCH may change, in the order they appear in the expression. */
const PATCHABLE = ['title', 'description', 'status', 'due_date'] as const;

/** The expression parts of an update, every attribute name aliased. */
export interface UpdateParts {
  readonly UpdateExpression: string;
  readonly ExpressionAttributeNames: Record<string, string>;
  readonly ExpressionAttributeValues: Record<string, unknown>;
}

/**
 * Builds `SET #title = :title, …, #updated_at = :updated_at, #version = #version + :one`.
 * Every name goes through ExpressionAttributeNames: `status` is a DynamoDB reserved word.
 *
 * @example
 * ```ts
 * updateParts({ status: 'done' }, '2026-01-01T00:00:00.000Z').UpdateExpression;
 * // 'SET #status = :status, #updated_at = :updated_at, #version = #version + :one'
 * ```
 */
export function updateParts(patch: TaskUpdate, updatedAt: string): UpdateParts {
  const sets: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  for (const field of PATCHABLE) {
    if (patch[field] === undefined) continue;
    sets.push(`#${field} = :${field}`);
    names[`#${field}`] = field;
    values[`:${field}`] = patch[field];
  }
  sets.push('#updated_at = :updated_at', '#version = #version + :one');
  names['#updated_at'] = 'updated_at';
  names['#version'] = 'version';
  values[':updated_at'] = updatedAt;
  values[':one'] = 1;
  return {
    UpdateExpression: `SET ${sets.join(', ')}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/**
 * Applies a partial update and bumps `version`, only if the task exists and (with
 * `expected`) is still at that version.
 *
 * @throws {TaskNotFoundError} when the task does not exist (it is never created here).
 * @throws {VersionConflictError} when it exists at another version.
 * @example
 * ```ts
 * const task = await updateTask(table, 'user123', taskId, { status: 'done' }, 1);
 * task.version; // 2
 * ```
 */
export async function updateTask(
  table: TaskTable,
  userId: string,
  taskId: string,
  patch: TaskUpdate,
  expected: ExpectedVersion,
  now = new Date(),
): Promise<Task> {
  const parts = updateParts(patch, now.toISOString());
  const condition = guard(expected);
  try {
    const { Attributes } = await table.client.update({
      TableName: table.tableName,
      Key: { user_id: userId, task_id: taskId },
      UpdateExpression: parts.UpdateExpression,
      ConditionExpression: condition.ConditionExpression,
      ExpressionAttributeNames: { ...parts.ExpressionAttributeNames, ...condition.ExpressionAttributeNames },
      ExpressionAttributeValues: { ...parts.ExpressionAttributeValues, ...condition.ExpressionAttributeValues },
      ReturnValues: 'ALL_NEW',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
    return toTask(Attributes ?? {});
  } catch (error) {
    if (isConditionFailed(error)) throw await guardFailure(table, userId, taskId, expected, error);
    throw error;
  }
}
