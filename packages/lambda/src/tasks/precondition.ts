// Update and delete share one guard: the task must exist and, with If-Match, still be at
// the version the client read. When that guard fails, DynamoDB says only "condition
// failed"; this module tells the two reasons apart.
import { AwsError } from '../aws/aws-error.ts';
import { TaskNotFoundError, VersionConflictError } from '../errors.ts';
import { readItem, type TaskTable } from './table.ts';

/** The version `If-Match` asks for, or undefined for none (or `*`). */
export type ExpectedVersion = number | undefined;

/** Condition parts for a guarded write; merge them into the command's expressions. */
export interface Guard {
  readonly ConditionExpression: string;
  readonly ExpressionAttributeNames: Record<string, string>;
  readonly ExpressionAttributeValues?: Record<string, unknown>;
}

/**
 * The ConditionExpression of an update or delete. `attribute_exists` keeps UpdateItem from
 * upserting a deleted task back to life and DeleteItem from "succeeding" on nothing.
 *
 * @example
 * ```ts
 * guard(3); // { ConditionExpression: 'attribute_exists(#task_id) AND #version = :expected_version', … }
 * ```
 */
export function guard(expected: ExpectedVersion): Guard {
  if (expected === undefined) {
    return { ConditionExpression: 'attribute_exists(#task_id)', ExpressionAttributeNames: { '#task_id': 'task_id' } };
  }
  return {
    ConditionExpression: 'attribute_exists(#task_id) AND #version = :expected_version',
    ExpressionAttributeNames: { '#task_id': 'task_id', '#version': 'version' },
    ExpressionAttributeValues: { ':expected_version': expected },
  };
}

/**
 * The domain error for a failed guard: 404 when the task is gone, 412 when it exists at
 * another version. DynamoDB returns the old item on the exception when asked
 * (`ReturnValuesOnConditionCheckFailure`); dynalite does not, so fall back to a read.
 *
 * @example
 * ```ts
 * if (isConditionFailed(error)) throw await guardFailure(table, userId, taskId, expected, error);
 * ```
 */
export async function guardFailure(
  table: TaskTable,
  userId: string,
  taskId: string,
  expected: ExpectedVersion,
  error: unknown,
): Promise<Error> {
  if (expected === undefined) return new TaskNotFoundError(undefined, { cause: error });
  // ReturnValuesOnConditionCheckFailure puts the stored item, if any, in the error's body.
  const returned = error instanceof AwsError ? error.details.Item : undefined;
  const exists = returned !== undefined || (await readItem(table, userId, taskId)) !== undefined;
  return exists
    ? new VersionConflictError(undefined, { cause: error })
    : new TaskNotFoundError(undefined, { cause: error });
}
