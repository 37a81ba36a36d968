// ParallelizationFactor: Lambda processes up to that many batches of one shard at once, and
// keeps every record of one partition key in the same one, in order. Locally each mapping
// gets that many pollers ("lanes"), and a record goes to the lane its partition key hashes to.
import { crc32 } from 'node:zlib';
import type { LocalStreamRecord } from './stream-record.ts';

/**
 * The lane (0 … factor-1) of a partition key value, as DynamoDB JSON (`{ S: 'u1' }`).
 *
 * @example
 * ```ts
 * laneOf({ S: 'user-1' }, 4); // 0, 1, 2 or 3, the same every time
 * ```
 */
export function laneOf(partitionKey: unknown, factor: number): number {
  if (factor <= 1) return 0;
  return crc32(JSON.stringify(partitionKey ?? null)) % factor;
}

/**
 * Splits records among `factor` lanes by their partition key (`hashKey`), each lane's in the
 * order given.
 *
 * @example
 * ```ts
 * const [first, second] = byLane(records, 'user_id', 2);
 * ```
 */
export function byLane(records: readonly LocalStreamRecord[], hashKey: string, factor: number): LocalStreamRecord[][] {
  const lanes: LocalStreamRecord[][] = Array.from({ length: Math.max(1, factor) }, () => []);
  for (const record of records) lanes[laneOf(record.dynamodb.Keys?.[hashKey], factor)]!.push(record);
  return lanes;
}
