// Applies one task change to the user's counters exactly once, however often the stream
// delivers it. The counters and the last position applied for each task live in the same
// item, so one conditional UpdateItem both checks that the change is new (its position is
// past the task's last one) and moves the counters: there is no moment where one is written
// and the other not, and no transaction is needed (dynalite has none).
//
// Why positions per task rather than a sequence-number high-water mark: a Lambda stream
// record does not say which shard it came from, and sequence numbers are ordered only within
// a shard, while the task's version orders its changes everywhere. DynamoDB delivers one
// key's records in order, so a position at or below the task's last one is a redelivery.
import type { TaskStatus } from '@serverless-todo/contract';
import { bucketOf } from './buckets.ts';
import type { SummaryTable } from './summary-db.ts';
import type { TaskChange } from './task-change.ts';

/** What applying a change did. */
export type ApplyResult = 'applied' | 'duplicate' | 'unchanged';

/** The attribute holding a task's last applied position. */
export const positionAttribute = (taskId: string) => `v#${taskId}`;

const isConditionFailure = (error: unknown) => (error as { name?: string })?.name === 'ConditionalCheckFailedException';

/**
 * Moves the counters of `change.userId` by one change, once.
 *
 * @example
 * ```ts
 * await applyChange(table, { userId: 'u1', taskId, from: 'pending', to: 'done', position: 4 }, new Date().toISOString());
 * // 'applied'; the same call again: 'duplicate'
 * ```
 */
export async function applyChange(table: SummaryTable, change: TaskChange, now: string): Promise<ApplyResult> {
  // A write that keeps the status moves no counter; the next status change still has a
  // higher position than anything applied before it.
  if (change.from === change.to) return 'unchanged';
  const names: Record<string, string> = { '#pos': positionAttribute(change.taskId), '#at': 'updated_at' };
  const values: Record<string, unknown> = { ':pos': change.position, ':at': now };
  const adds: string[] = [];
  const move = (status: TaskStatus | null, by: number, alias: string) => {
    if (status === null) return;
    names[`#${alias}`] = status;
    values[`:${alias}`] = by;
    adds.push(`#${alias} :${alias}`);
  };
  move(change.from, -1, 'from');
  move(change.to, 1, 'to');
  try {
    await table.db.update({
      TableName: table.tableName,
      Key: { user_id: change.userId, bucket: bucketOf(change.taskId) },
      UpdateExpression: `SET #pos = :pos, #at = :at ADD ${adds.join(', ')}`,
      ConditionExpression: 'attribute_not_exists(#pos) OR #pos < :pos',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    });
    return 'applied';
  } catch (error) {
    if (isConditionFailure(error)) return 'duplicate';
    throw error;
  }
}
