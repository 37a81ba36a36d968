// getSummary's read: the user's counter items, added up.
import type { TaskSummary } from '@serverless-todo/contract';
import type { SummaryTable } from './summary-db.ts';

/** Pages to read at most: 16 items never need more than a few; a bound all the same. */
const MAX_PAGES = 32;

const count = (value: unknown) => {
  const n = Number(value ?? 0);
  // A counter below zero would mean a lost change; never report one.
  return Number.isFinite(n) && n > 0 ? n : 0;
};

/**
 * The user's counters (all zero and `updated_at: null` for a user without any).
 *
 * @example
 * ```ts
 * await readSummary(table, 'user123'); // { pending: 2, in_progress: 1, done: 4, total: 7, updated_at: '…' }
 * ```
 */
export async function readSummary(table: SummaryTable, userId: string): Promise<TaskSummary> {
  const sum = { pending: 0, in_progress: 0, done: 0 };
  let updatedAt: string | null = null;
  let startKey: Record<string, unknown> | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { Items = [], LastEvaluatedKey } = await table.db.query({
      TableName: table.tableName,
      KeyConditionExpression: 'user_id = :u',
      // Only the counters: the items also hold one position per task.
      ProjectionExpression: '#p, #i, #d, #at',
      ExpressionAttributeNames: { '#p': 'pending', '#i': 'in_progress', '#d': 'done', '#at': 'updated_at' },
      ExpressionAttributeValues: { ':u': userId },
      ConsistentRead: true,
      ...(startKey ? { ExclusiveStartKey: startKey } : {}),
    });
    for (const item of Items) {
      sum.pending += count(item.pending);
      sum.in_progress += count(item.in_progress);
      sum.done += count(item.done);
      const at = item.updated_at;
      if (typeof at === 'string' && (updatedAt === null || at > updatedAt)) updatedAt = at;
    }
    if (!LastEvaluatedKey) break;
    startKey = LastEvaluatedKey;
  }
  return { ...sum, total: sum.pending + sum.in_progress + sum.done, updated_at: updatedAt };
}
