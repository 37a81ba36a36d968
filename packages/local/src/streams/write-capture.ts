// Turns the successful writes on stream tables into stream records. Under a per-key lock it
// reads the item(s) before (GetItem/BatchGetItem, ConsistentRead), forwards the write
// untouched, and reads them again after (not after a delete, which leaves nothing): since
// every write to these tables passes through here and writes to one key never overlap, the
// two reads are exactly the old and new images, whatever the write was (Put, Update with any
// expression or ReturnValues, Delete, a batch), and the caller's request and response are
// never altered.
import type { LogSink } from '../server/access-log.ts';
import { type Item, keyOf, keyString } from './items.ts';
import type { KeyLocks } from './key-lock.ts';
import type { StreamShard } from './shard.ts';
import type { Upstream, UpstreamResponse } from './upstream.ts';

/** A stream table as the capture sees it. */
export interface CaptureTable {
  readonly shard: StreamShard;
  readonly keyNames: readonly string[];
}

/** One item a write touches. */
interface Touched {
  readonly table: string;
  readonly key: Item;
  readonly id: string;
  /** A successful delete leaves nothing, so its after-read can be skipped. */
  readonly deletes: boolean;
}

type Input = Record<string, unknown>;
type WriteRequest = { PutRequest?: { Item?: Item }; DeleteRequest?: { Key?: Item } };

/** The write actions DynamoDB Streams records (dynalite has no TransactWriteItems). */
export const WRITE_ACTIONS = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem']);

const MAX_READ_ROUNDS = 10;

/** Captures writes on the tables given. */
export class WriteCapture {
  readonly #tables: ReadonlyMap<string, CaptureTable>;
  readonly #upstream: Upstream;
  readonly #locks: KeyLocks;
  readonly #log: LogSink;

  /**
   * @example
   * ```ts
   * const capture = new WriteCapture(new Map([['Tasks', { shard, keyNames: ['id'] }]]), upstream, new KeyLocks(), log);
   * ```
   */
  constructor(tables: ReadonlyMap<string, CaptureTable>, upstream: Upstream, locks: KeyLocks, log: LogSink) {
    this.#tables = tables;
    this.#upstream = upstream;
    this.#locks = locks;
    this.#log = log;
  }

  #touched(table: unknown, item: Item | undefined, deletes: boolean): Touched | null {
    const target = typeof table === 'string' ? this.#tables.get(table) : undefined;
    if (!target?.shard.read || item === undefined || typeof item !== 'object') return null;
    const key = keyOf(item, target.keyNames);
    return { table: table as string, key, id: keyString(table as string, key, target.keyNames), deletes };
  }

  /** The stream-table items a write touches, in request order; empty: nothing to capture. */
  touched(action: string, input: Input): Touched[] {
    if (action === 'PutItem')
      return [this.#touched(input.TableName, input.Item as Item, false)].filter((t) => t !== null);
    if (action === 'UpdateItem' || action === 'DeleteItem') {
      const one = this.#touched(input.TableName, input.Key as Item, action === 'DeleteItem');
      return one ? [one] : [];
    }
    if (action !== 'BatchWriteItem') return [];
    const touched: Touched[] = [];
    for (const [table, requests] of Object.entries((input.RequestItems ?? {}) as Record<string, WriteRequest[]>)) {
      if (!Array.isArray(requests)) continue;
      for (const r of requests) {
        const one = this.#touched(table, r?.PutRequest?.Item ?? r?.DeleteRequest?.Key, r?.PutRequest === undefined);
        if (one) touched.push(one);
      }
    }
    return touched;
  }

  /** Current items by id (null: absent), read consistently. */
  async #read(items: readonly Touched[]): Promise<Map<string, Item | null>> {
    const found = new Map<string, Item | null>(items.map((t) => [t.id, null]));
    if (items.length === 0) return found;
    if (items.length === 1) {
      const [only] = items as [Touched];
      const { Item } = await this.#upstream.call<{ Item?: Item }>('GetItem', {
        TableName: only.table,
        Key: only.key,
        ConsistentRead: true,
      });
      found.set(only.id, Item ?? null);
      return found;
    }
    let request: Record<string, { Keys: Item[]; ConsistentRead: true }> = {};
    for (const t of items) {
      request[t.table] ??= { Keys: [], ConsistentRead: true };
      request[t.table]!.Keys.push(t.key);
    }
    for (let round = 0; round < MAX_READ_ROUNDS && Object.keys(request).length > 0; round++) {
      const answer = await this.#upstream.call<{
        Responses?: Record<string, Item[]>;
        UnprocessedKeys?: typeof request;
      }>('BatchGetItem', { RequestItems: request });
      for (const [table, rows] of Object.entries(answer.Responses ?? {})) {
        const keyNames = this.#tables.get(table)!.keyNames;
        for (const row of rows) found.set(keyString(table, keyOf(row, keyNames), keyNames), row);
      }
      request = answer.UnprocessedKeys ?? {};
    }
    if (Object.keys(request).length > 0) throw new Error('BatchGetItem left keys unprocessed');
    return found;
  }

  /** Ids a BatchWriteItem answer lists as unprocessed: those writes did not happen. */
  #unprocessed(response: UpstreamResponse): Set<string> {
    const { UnprocessedItems } = JSON.parse(response.body.toString('utf8')) as {
      UnprocessedItems?: Record<string, WriteRequest[]>;
    };
    const ids = new Set<string>();
    for (const [table, requests] of Object.entries(UnprocessedItems ?? {})) {
      for (const r of requests) {
        const one = this.#touched(table, r.PutRequest?.Item ?? r.DeleteRequest?.Key, false);
        if (one) ids.add(one.id);
      }
    }
    return ids;
  }

  /**
   * Runs `forward` (the write itself) with the capture around it and returns its response
   * unchanged. A failed write (a conditional check, a validation error) records nothing.
   */
  async run(action: string, touched: readonly Touched[], forward: () => Promise<UpstreamResponse>) {
    return this.#locks.withKeys(
      touched.map((t) => t.id),
      async () => {
        // A read that fails means the write will too (no such table, a malformed key).
        let reason = '';
        const before = await this.#read(touched).catch((err: unknown) => {
          reason = (err as Error)?.message ?? String(err);
          return null;
        });
        const response = await forward();
        if (response.status !== 200) return response;
        if (before === null) {
          this.#log(
            `streams: ${action} succeeded but its items could not be read first (${reason}); no record written`,
          );
          return response;
        }
        const skipped = action === 'BatchWriteItem' ? this.#unprocessed(response) : new Set<string>();
        const done = touched.filter((t) => !skipped.has(t.id));
        const after = await this.#read(done.filter((t) => !t.deletes));
        const byTable = new Map<string, { oldImage: Item | null; newImage: Item | null }[]>();
        for (const t of done) {
          const changes = byTable.get(t.table) ?? [];
          changes.push({ oldImage: before.get(t.id) ?? null, newImage: after.get(t.id) ?? null });
          byTable.set(t.table, changes);
        }
        for (const [table, changes] of byTable) this.#tables.get(table)!.shard.append(changes);
        return response;
      },
    );
  }
}
