// BatchGetItem answers at most 100 keys a call and may leave some unprocessed when a table
// is busy; AWS asks callers to retry those with backoff. A caller that deletes what it did
// not find must never mistake "unprocessed" for "absent", so keys still unprocessed after the
// retries fail the call instead of being dropped.
import { setTimeout as sleep } from 'node:timers/promises';
import type { DynamoDB } from './dynamodb.ts';

/** BatchGetItem's limit of keys per call. */
const KEYS_PER_CALL = 100;
const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 50;

/** Thrown when some keys were still unprocessed after every retry. */
export class UnprocessedKeysError extends Error {
  override readonly name = 'UnprocessedKeysError';
}

/**
 * Reads the items of `keys` from one table (in calls of 100 keys, unprocessed keys retried
 * with full-jitter backoff); absent items are simply not in the result.
 *
 * @example
 * ```ts
 * const items = await batchGetAll(dynamodb, 'Tasks', [{ user_id: 'u1', task_id: 't1' }], 'user_id, task_id');
 * ```
 */
export async function batchGetAll(
  db: Pick<DynamoDB, 'batchGet'>,
  table: string,
  keys: readonly Record<string, unknown>[],
  projection: string,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for (let at = 0; at < keys.length; at += KEYS_PER_CALL) {
    let pending = keys.slice(at, at + KEYS_PER_CALL);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt === MAX_ATTEMPTS) {
        throw new UnprocessedKeysError(`${pending.length} keys of ${table} still unprocessed after ${attempt} calls`);
      }
      if (attempt > 0) await sleep(Math.random() * BASE_DELAY_MS * 2 ** attempt);
      const { Responses, UnprocessedKeys } = await db.batchGet({
        RequestItems: { [table]: { Keys: pending as Record<string, unknown>[], ProjectionExpression: projection } },
      });
      items.push(...((Responses?.[table] ?? []) as Record<string, unknown>[]));
      pending = (UnprocessedKeys?.[table]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return items;
}
