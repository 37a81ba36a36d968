// ParallelizationFactor: Lambda processes up to that many batches of one shard at once and
// keeps the records of one item in order. Locally each mapping gets that many pollers
// ("lanes"), and a record goes to the lane its item's key hashes to.
import { crc32 } from 'node:zlib';
import type { LocalStreamRecord } from './stream-record.ts';

/**
 * The lane (0 … factor-1) of an item's key: its key attributes' values in key-schema order,
 * as DynamoDB JSON.
 *
 * @example
 * ```ts
 * laneOf([{ S: 'user-1' }, { S: 'task-1' }], 4); // 0, 1, 2 or 3, the same every time
 * ```
 */
export function laneOf(key: readonly unknown[], factor: number): number {
  if (factor <= 1) return 0;
  return crc32(JSON.stringify(key)) % factor;
}

/**
 * Splits records among `factor` lanes by their item's key (`keyNames`, HASH first), each
 * lane's in the order given.
 *
 * @example
 * ```ts
 * const [first, second] = byLane(records, ['user_id', 'task_id'], 2);
 * ```
 */
export function byLane(
  records: readonly LocalStreamRecord[],
  keyNames: readonly string[],
  factor: number,
): LocalStreamRecord[][] {
  const lanes: LocalStreamRecord[][] = Array.from({ length: Math.max(1, factor) }, () => []);
  for (const record of records) {
    const key = keyNames.map((name) => record.dynamodb.Keys?.[name] ?? null);
    lanes[laneOf(key, factor)]!.push(record);
  }
  return lanes;
}
