// Turns the successful writes on stream tables into stream records, exactly, in the order
// they took effect: writes to one key are serialized here (every write to these tables
// passes through), and each image comes from DynamoDB itself — the ReturnValues of the write
// (ALL_OLD of a Put or Delete, ALL_NEW of an Update: atomic with it), the item a Put stores,
// or a consistent read under the lock (the old item of an Update or a batch write, and the
// new one when the caller's own ReturnValues leave no room). ReturnValues the capture adds
// are stripped from the answer, so the caller gets what it would have had.
import { crc32 } from 'node:zlib';
import type { LogSink } from '../server/access-log.ts';
import { type Item, keyOf, keyString, storedItem } from './items.ts';
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
  /** A put's item as sent. */
  readonly item: Item | null;
}

type Input = Record<string, unknown>;
type WriteRequest = { PutRequest?: { Item?: Item }; DeleteRequest?: { Key?: Item } };

/** The write actions DynamoDB Streams records (dynalite has no TransactWriteItems). */
export const WRITE_ACTIONS = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem']);

const MAX_READ_ROUNDS = 10;

/** The answer without the `Attributes` the capture asked for, as the caller would have had it. */
function withoutAttributes(response: UpstreamResponse): UpstreamResponse {
  const { Attributes: _, ...rest } = JSON.parse(response.body.toString('utf8')) as Record<string, unknown>;
  const body = Buffer.from(JSON.stringify(rest));
  // The SDK may check dynalite's CRC32 of the body, so it follows the body.
  const headers = { ...response.headers, 'x-amz-crc32': String(crc32(body)) };
  return { status: response.status, headers, body };
}

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
    const id = keyString(table as string, key, target.keyNames);
    return { table: table as string, key, id, deletes, item: deletes ? null : item };
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
   * How to learn the images of a single-item write at the least cost, and exactly:
   * ReturnValues where DynamoDB gives the image atomically with the write (ALL_OLD for Put
   * and Delete, ALL_NEW for Update), the Put's own item for its new image, a read under the
   * lock otherwise. `inject` is the ReturnValues to add (and strip from the answer).
   */
  #plan(
    action: string,
    input: Input,
  ): { inject: string | null; old: 'answer' | 'read'; new: 'item' | 'answer' | 'read' | 'none' } {
    const asked = input.ReturnValues;
    const none = asked === undefined || asked === 'NONE';
    if (action === 'PutItem' && (none || asked === 'ALL_OLD')) {
      return { inject: none ? 'ALL_OLD' : null, old: 'answer', new: 'item' };
    }
    if (action === 'DeleteItem' && (none || asked === 'ALL_OLD')) {
      return { inject: none ? 'ALL_OLD' : null, old: 'answer', new: 'none' };
    }
    if (action === 'UpdateItem' && (none || asked === 'ALL_NEW')) {
      return { inject: none ? 'ALL_NEW' : null, old: 'read', new: 'answer' };
    }
    if (action === 'BatchWriteItem') return { inject: null, old: 'read', new: 'item' };
    return { inject: null, old: 'read', new: action === 'DeleteItem' ? 'none' : 'read' };
  }

  /**
   * Runs `forward` (the write itself) with the capture around it and returns its response
   * as the caller would have had it. A failed write (a conditional check, a validation
   * error) records nothing.
   */
  async run(
    action: string,
    input: Input,
    touched: readonly Touched[],
    forward: (body?: Buffer) => Promise<UpstreamResponse>,
  ): Promise<UpstreamResponse> {
    const plan = this.#plan(action, input);
    return this.#locks.withKeys(
      touched.map((t) => t.id),
      async () => {
        // A read that fails means the write will too (no such table, a malformed key).
        let reason = '';
        const before =
          plan.old === 'read'
            ? await this.#read(touched).catch((err: unknown) => {
                reason = (err as Error)?.message ?? String(err);
                return null;
              })
            : new Map<string, Item | null>();
        const sent =
          plan.inject === null ? undefined : Buffer.from(JSON.stringify({ ...input, ReturnValues: plan.inject }));
        let response = await forward(sent);
        if (response.status !== 200) return response;
        const answer = plan.old === 'answer' || plan.new === 'answer' ? this.#attributes(response) : null;
        if (plan.inject !== null) response = withoutAttributes(response);
        if (before === null) {
          this.#log(
            `streams: ${action} succeeded but its items could not be read first (${reason}); no record written`,
          );
          return response;
        }
        const skipped = action === 'BatchWriteItem' ? this.#unprocessed(response) : new Set<string>();
        const done = touched.filter((t) => !skipped.has(t.id));
        const after = plan.new === 'read' ? await this.#read(done) : new Map<string, Item | null>();
        const byTable = new Map<string, { oldImage: Item | null; newImage: Item | null }[]>();
        for (const t of done) {
          const oldImage = plan.old === 'answer' ? answer : (before.get(t.id) ?? null);
          let newImage: Item | null = null;
          if (plan.new === 'answer') newImage = answer;
          else if (plan.new === 'read') newImage = after.get(t.id) ?? null;
          else if (plan.new === 'item' && !t.deletes) newImage = storedItem(t.item!);
          const changes = byTable.get(t.table) ?? [];
          changes.push({ oldImage, newImage });
          byTable.set(t.table, changes);
        }
        for (const [table, changes] of byTable) this.#tables.get(table)!.shard.append(changes);
        return response;
      },
    );
  }

  /** The `Attributes` of a write's answer (null when there are none: no item). */
  #attributes(response: UpstreamResponse): Item | null {
    const { Attributes } = JSON.parse(response.body.toString('utf8')) as { Attributes?: Item };
    return Attributes && Object.keys(Attributes).length > 0 ? Attributes : null;
  }
}
