// A table's stream, locally: one shard (DynamoDB splits a busy table's stream into several;
// one keeps the per-key order trivially and is enough for a dev server). It numbers the
// records and hands each to every event source mapping reading the stream, in order.
import { randomBytes } from 'node:crypto';
import { type ItemChange, type LocalStreamRecord, type StreamTable, streamRecord } from './stream-record.ts';

/** A reader of the shard: an event source mapping's queue. */
export type ShardSubscriber = (records: readonly LocalStreamRecord[]) => void;

/** Real sequence numbers are 21-digit decimals; a fixed width keeps them ordered as strings too. */
const FIRST_SEQUENCE = 100_000_000_000_000_000_000n;

/** One table's stream. */
export class StreamShard {
  readonly table: StreamTable;
  /** Shaped like DynamoDB's `shardId-<20 digits>-<8 hex>`. */
  readonly shardId = `shardId-${String(Date.now()).padStart(20, '0')}-${randomBytes(4).toString('hex')}`;
  readonly #subscribers: ShardSubscriber[] = [];
  #sequence = FIRST_SEQUENCE;

  /**
   * @example
   * ```ts
   * const shard = new StreamShard({ keyNames: ['id'], viewType: 'NEW_IMAGE', streamArn, region: 'us-east-1' });
   * ```
   */
  constructor(table: StreamTable) {
    this.table = table;
  }

  /** Whether anything reads the stream (if not, writes need not be captured). */
  get read(): boolean {
    return this.#subscribers.length > 0;
  }

  /** Adds a reader; it sees the records appended from now on (LATEST and TRIM_HORIZON alike: the shard starts empty). */
  subscribe(subscriber: ShardSubscriber): void {
    this.#subscribers.push(subscriber);
  }

  /**
   * Turns changes (in the order they took effect) into records and delivers them to every
   * reader at once, so a batch write's records reach a reader together.
   */
  append(changes: readonly ItemChange[], now = new Date()): LocalStreamRecord[] {
    const records: LocalStreamRecord[] = [];
    for (const change of changes) {
      this.#sequence += 1n;
      const record = streamRecord(this.table, change, String(this.#sequence), now);
      if (record) records.push(record);
    }
    if (records.length > 0) for (const subscriber of this.#subscribers) subscriber(records);
    return records;
  }
}
