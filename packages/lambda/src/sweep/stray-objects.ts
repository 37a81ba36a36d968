// The sweep's second pass, over the bucket: an object that no attachment record names (its
// record went but deleting the object failed, or nothing ever recorded it) is removed once
// it is older than the abandoned-upload window, so "no object without a record once the
// sweep has run" holds. Records are written before any upload URL exists, so a young object
// without a record can only be mid-delete; the window keeps the sweep out of that race.
import { batchGetAll } from '../aws/batch-get-all.ts';
import type { DynamoDB } from '../aws/dynamodb.ts';
import type { S3 } from '../aws/s3.ts';

/** What the pass reads and deletes. */
export interface StrayStores {
  readonly db: Pick<DynamoDB, 'batchGet'>;
  readonly s3: Pick<S3, 'list' | 'delete'>;
  readonly attachmentsTable: string;
  readonly bucket: string;
}

/** One page of the pass. */
export interface StrayPage {
  readonly listed: number;
  readonly removed: number;
  readonly nextToken: string | undefined;
}

/** `<user_id>/<task_id>/<attachment_id>` → the record's key; null for any other key. */
function recordKeyOf(objectKey: string): { task_key: string; attachment_id: string } | null {
  const parts = objectKey.split('/');
  if (parts.length !== 3 || parts.some((part) => part === '')) return null;
  const [user, task, attachment] = parts as [string, string, string];
  return { task_key: `${user}#${task}`, attachment_id: attachment };
}

async function recordedKeys(stores: StrayStores, keys: { task_key: string; attachment_id: string }[]) {
  const found = await batchGetAll(stores.db, stores.attachmentsTable, keys, 'task_key, attachment_id');
  return new Set(found.map((item) => `${item.task_key}/${item.attachment_id}`));
}

/**
 * Lists one page of the bucket and removes its stray objects older than `cutoffMs`.
 *
 * @example
 * ```ts
 * const page = await sweepStrayObjects(stores, cutoff, token);
 * token = page.nextToken;
 * ```
 */
export async function sweepStrayObjects(
  stores: StrayStores,
  cutoffMs: number,
  continuationToken: string | undefined,
  maxKeys = 500,
): Promise<StrayPage> {
  const page = await stores.s3.list(stores.bucket, { continuationToken, maxKeys });
  const old = page.objects.filter((object) => object.lastModified.getTime() <= cutoffMs);
  const keyed = old.map((object) => ({ object, key: recordKeyOf(object.key) }));
  const recorded = await recordedKeys(
    stores,
    keyed.flatMap(({ key }) => (key ? [key] : [])),
  );
  let removed = 0;
  for (const { object, key } of keyed) {
    if (key && recorded.has(`${key.task_key}/${key.attachment_id}`)) continue;
    await stores.s3.delete(stores.bucket, object.key);
    removed++;
  }
  return { listed: page.objects.length, removed, nextToken: page.nextToken };
}
