// The 20-per-task limit. The task item holds the ids of its attachments in a string set,
// `attachment_ids`, which DynamoDB can count in a condition (`size()`): a create adds its id
// only while the set is below the limit, a delete removes it. Adding or removing a set
// member is idempotent, so a retried call whose first answer was lost cannot count twice
// (a counter could). The attribute is not a Task field: responses pick the contract's
// fields, and it is written without touching `version` or `updated_at`.
import { attachmentLimits } from '@serverless-todo/contract';
import { isConditionFailed } from '../dynamo/throttling.ts';
import { AttachmentLimitError, TaskNotFoundError } from '../errors.ts';
import type { DocumentDb } from './ports.ts';

/** The task item's attribute that holds its attachment ids. */
export const SLOTS_ATTRIBUTE = 'attachment_ids';

const names = { '#task_id': 'task_id', '#ids': SLOTS_ATTRIBUTE };

/**
 * Takes one of the task's attachment slots for `attachmentId`.
 *
 * @throws {TaskNotFoundError} when the task does not exist (or was deleted).
 * @throws {AttachmentLimitError} when the task already holds the most attachments.
 * @example
 * ```ts
 * await takeSlot(db, tasksTable, 'user123', taskId, attachmentId);
 * ```
 */
export async function takeSlot(
  db: DocumentDb,
  table: string,
  userId: string,
  taskId: string,
  attachmentId: string,
): Promise<void> {
  try {
    await db.update({
      TableName: table,
      Key: { user_id: userId, task_id: taskId },
      UpdateExpression: 'ADD #ids :id',
      ConditionExpression: 'attribute_exists(#task_id) AND (attribute_not_exists(#ids) OR size(#ids) < :max)',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: { ':id': new Set([attachmentId]), ':max': attachmentLimits.maxPerTask },
    });
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    // DynamoDB says only "condition failed": a read tells a missing task from a full one,
    // and a retry of our own applied write (the id is already in) from both.
    const { Item } = await db.get({
      TableName: table,
      Key: { user_id: userId, task_id: taskId },
      ConsistentRead: true,
    });
    if (Item === undefined) throw new TaskNotFoundError(undefined, { cause: error });
    if (slotsOf(Item).has(attachmentId)) return;
    throw new AttachmentLimitError(undefined, { cause: error });
  }
}

/**
 * Gives an attachment's slot back. A task deleted meanwhile is left alone (the update would
 * otherwise create a bare item in its place).
 *
 * @example
 * ```ts
 * await releaseSlot(db, tasksTable, 'user123', taskId, attachmentId);
 * ```
 */
export async function releaseSlot(
  db: DocumentDb,
  table: string,
  userId: string,
  taskId: string,
  attachmentId: string,
): Promise<void> {
  try {
    await db.update({
      TableName: table,
      Key: { user_id: userId, task_id: taskId },
      UpdateExpression: 'DELETE #ids :id',
      ConditionExpression: 'attribute_exists(#task_id)',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: { ':id': new Set([attachmentId]) },
    });
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
}

/**
 * The attachment ids a stored task item holds.
 *
 * @example
 * ```ts
 * slotsOf({ attachment_ids: new Set(['a']) }).has('a'); // true
 * ```
 */
export function slotsOf(item: Record<string, unknown>): ReadonlySet<string> {
  const value = item[SLOTS_ATTRIBUTE];
  if (value instanceof Set) return value as Set<string>;
  return new Set(Array.isArray(value) ? (value as string[]) : []);
}
