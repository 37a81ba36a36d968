// The maintenance sweep over the attachments table: a Scan page by page, each page's stale
// records removed (a pending one only while it is still pending, so an upload verified
// meanwhile is kept), until the table ends or the time budget does. The page to start from
// is kept between runs, so a run cut short by its budget is continued by the next.

import { releaseSlot } from '../attachments/task-slots.ts';
import { batchGetAll } from '../aws/batch-get-all.ts';
import type { DynamoDB } from '../aws/dynamodb.ts';
import type { S3 } from '../aws/s3.ts';
import { isConditionFailed } from '../dynamo/throttling.ts';
import { type Staleness, staleness } from './stale-attachment.ts';
import { sweepStrayObjects } from './stray-objects.ts';

/** Where the sweep reads and deletes. */
export interface SweepStores {
  readonly db: Pick<DynamoDB, 'scan' | 'batchGet' | 'delete' | 'update' | 'get' | 'put' | 'query'>;
  readonly s3: Pick<S3, 'delete' | 'list'>;
  readonly tasksTable: string;
  readonly attachmentsTable: string;
  readonly bucket: string;
  /** Where the sweep keeps the page to continue from (a reserved item, see CURSOR_KEY). */
  readonly stateTable: string;
}

/** What one run was asked to do. */
export interface SweepRequest {
  readonly abandonedMinutes: number;
  readonly now: number;
  /** Milliseconds left before the budget ends; checked before each page. */
  readonly remainingMs: () => number;
  readonly pageSize?: number;
}

/** What one run did. */
export interface SweepReport {
  readonly scanned: number;
  readonly abandoned: number;
  readonly orphaned: number;
  readonly pages: number;
  /** Objects removed that no record named (the bucket pass, after a complete table pass). */
  readonly strays: number;
  /** True when the run reached the end of the table and of the bucket; false when the budget stopped it. */
  readonly complete: boolean;
}

/** The reserved state item: its user_id cannot be a user's (ids never contain '#'). */
export const CURSOR_KEY = { user_id: '#maintenance', bucket: 0 } as const;
const PAGE_SIZE = 500;
/** Deletes in flight at once. */
const PARALLEL = 16;
/** Keep at least this long per page in hand before starting one. */
const PAGE_RESERVE_MS = 5_000;

async function inParallel<T>(items: readonly T[], run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
}

/** Which of the page's tasks still exist. */
async function existingTasks(stores: SweepStores, items: readonly Record<string, unknown>[]): Promise<Set<string>> {
  const keys = [...new Set(items.map((i) => `${String(i.user_id)}\u0000${String(i.task_id)}`))].map((k) => {
    const [user_id, task_id] = k.split('\u0000');
    return { user_id, task_id };
  });
  const found = await batchGetAll(stores.db, stores.tasksTable, keys, 'user_id, task_id');
  return new Set(found.map((item) => `${item.user_id}\u0000${item.task_id}`));
}

async function remove(stores: SweepStores, item: Record<string, unknown>, why: Exclude<Staleness, null>) {
  const key = { task_key: item.task_key, attachment_id: item.attachment_id };
  if (why === 'orphaned') {
    // Object first: a failure then leaves the record, which the next run finds again.
    await stores.s3.delete(stores.bucket, String(item.object_key));
    await stores.db.delete({ TableName: stores.attachmentsTable, Key: key });
    return true;
  }
  try {
    await stores.db.delete({
      TableName: stores.attachmentsTable,
      Key: key,
      ConditionExpression: '#status = :pending',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':pending': 'pending' },
    });
  } catch (error) {
    if (isConditionFailed(error)) return false; // verified (or deleted) since the scan read it
    throw error;
  }
  // A file that arrives now finds no record, and its verification deletes it.
  await stores.s3.delete(stores.bucket, String(item.object_key));
  await releaseSlot(
    stores.db,
    stores.tasksTable,
    String(item.user_id),
    String(item.task_id),
    String(item.attachment_id),
  );
  return true;
}

/**
 * Runs one sweep: from the page the last run stopped at, until the end of the table or
 * until less than a page's reserve of the budget is left. Idempotent: what it removed is gone,
 * so a rerun removes nothing more.
 *
 * @example
 * ```ts
 * await sweepAttachments(stores, { abandonedMinutes: 60, now: Date.now(), remainingMs: () => context.getRemainingTimeInMillis() - 10_000 });
 * // { scanned: 1200, abandoned: 3, orphaned: 1, pages: 3, complete: true }
 * ```
 */
export async function sweepAttachments(stores: SweepStores, request: SweepRequest): Promise<SweepReport> {
  const cutoff = request.now - request.abandonedMinutes * 60_000;
  const { Item: state } = await stores.db.get({ TableName: stores.stateTable, Key: CURSOR_KEY, ConsistentRead: true });
  let cursor = state?.attachments_cursor as Record<string, unknown> | undefined;
  let scanned = 0;
  let abandoned = 0;
  let orphaned = 0;
  let pages = 0;
  let complete = false;
  while (request.remainingMs() > PAGE_RESERVE_MS) {
    const { Items = [], LastEvaluatedKey } = await stores.db.scan({
      TableName: stores.attachmentsTable,
      Limit: request.pageSize ?? PAGE_SIZE,
      ConsistentRead: true,
      ...(cursor ? { ExclusiveStartKey: cursor } : {}),
    });
    pages++;
    scanned += Items.length;
    const tasks = await existingTasks(stores, Items);
    const stale = Items.map((item) => ({
      item,
      why: staleness(item, tasks.has(`${String(item.user_id)}\u0000${String(item.task_id)}`), cutoff),
    })).filter((s): s is { item: Record<string, unknown>; why: Exclude<Staleness, null> } => s.why !== null);
    await inParallel(stale, async ({ item, why }) => {
      if (!(await remove(stores, item, why))) return;
      if (why === 'abandoned') abandoned++;
      else orphaned++;
    });
    cursor = LastEvaluatedKey;
    if (!cursor) {
      complete = true;
      break;
    }
  }
  // Then the bucket, from where the last bucket pass stopped, once the table pass is done.
  let objectsToken = state?.objects_cursor as string | undefined;
  let strays = 0;
  let bucketDone = false;
  while (complete && request.remainingMs() > PAGE_RESERVE_MS) {
    const page = await sweepStrayObjects(stores, cutoff, objectsToken, request.pageSize ?? PAGE_SIZE);
    pages++;
    strays += page.removed;
    objectsToken = page.nextToken;
    if (objectsToken === undefined) {
      bucketDone = true;
      break;
    }
  }
  // The next run starts where this one stopped, or from the top after a complete pass.
  await stores.db.put({
    TableName: stores.stateTable,
    Item: {
      ...CURSOR_KEY,
      ...(cursor && !complete ? { attachments_cursor: cursor } : {}),
      ...(objectsToken && !bucketDone ? { objects_cursor: objectsToken } : {}),
    },
  });
  return { scanned, abandoned, orphaned, pages, strays, complete: complete && bucketDone };
}
