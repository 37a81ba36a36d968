// The S3 function's work for one object event. It reconciles the attachment record with
// the object as it is now (HeadObject, then its first bytes) rather than with what the event
// says, so redelivered and out-of-order events converge on the same state:
//
//   pending + object valid    → ready (verified ETag and size kept)
//   pending + object invalid  → rejected with a reason, then the object deleted
//   ready + same object       → nothing (a redelivery)
//   ready + another object    → checked again: stays ready, or rejected and deleted
//   ready + object gone       → rejected ("removed"), so no download points at nothing
//   rejected                  → the object deleted if it is still there; never ready again
//   no record, or a foreign key → ignored
//
// Every status change is a conditional update on the status (and ETag) read, so two
// deliveries racing each other change a record at most once.
import { SNIFF_BYTES, verdict } from '@serverless-todo/contract/attachments';
import { isConditionFailed } from '../dynamo/throttling.ts';
import { parseObjectKey, taskKeyOf } from './object-key.ts';
import type { DocumentDb, ObjectStore } from './ports.ts';
import type { AttachmentRecord } from './record.ts';

/** What the function needs. */
export interface VerifyStores {
  readonly db: DocumentDb;
  readonly s3: ObjectStore;
  readonly attachmentsTable: string;
}

/** What became of one event. */
export type VerifyOutcome = 'ready' | 'rejected' | 'unchanged' | 'ignored';

const REMOVED = 'The file was removed from storage.';

/**
 * Brings the attachment of `bucket`/`key` (a decoded key) in line with its object.
 *
 * @example
 * ```ts
 * await verifyObject(stores, 'attachments-bucket', 'user123/3f2c…/9b2e…', new Date()); // 'ready'
 * ```
 */
export async function verifyObject(
  stores: VerifyStores,
  bucket: string,
  key: string,
  now = new Date(),
): Promise<VerifyOutcome> {
  const ids = parseObjectKey(key);
  if (ids === undefined) return 'ignored';
  const recordKey = { task_key: taskKeyOf(ids.userId, ids.taskId), attachment_id: ids.attachmentId };
  const { Item } = await stores.db.get({ TableName: stores.attachmentsTable, Key: recordKey, ConsistentRead: true });
  const record = Item as AttachmentRecord | undefined;
  if (record === undefined || record.object_key !== key) return 'ignored';

  const head = await stores.s3.head(bucket, key);
  if (record.status === 'rejected') {
    if (head !== undefined) await stores.s3.delete(bucket, key);
    return 'unchanged';
  }
  if (head === undefined) {
    if (record.status !== 'ready') return 'unchanged';
    return (await reject(stores, recordKey, record, REMOVED, now)) ? 'rejected' : 'unchanged';
  }
  if (record.status === 'ready' && head.eTag !== undefined && head.eTag === record.verified_etag) return 'unchanged';

  const first = await stores.s3.getRange(bucket, key, 0, Math.min(head.size, SNIFF_BYTES) - 1);
  if (first === undefined) return 'unchanged'; // gone since the HeadObject: its Removed event follows
  const result = verdict(record, { size: head.size, contentType: head.contentType, head: first });
  if (result.ok) {
    const changed = await transition(stores, recordKey, record, now, {
      status: 'ready',
      verified_etag: head.eTag ?? '',
      verified_size: head.size,
    });
    return changed ? 'ready' : 'unchanged';
  }
  // Rejected first, deleted second: a crash in between leaves a rejected record whose next
  // delivery deletes the object. When the condition fails, another delivery changed the
  // record first (perhaps to ready on a newer object), and this object is not ours to delete.
  if (!(await reject(stores, recordKey, record, result.reason, now))) return 'unchanged';
  await stores.s3.delete(bucket, key);
  return 'rejected';
}

function reject(
  stores: VerifyStores,
  key: Record<string, string>,
  record: AttachmentRecord,
  reason: string,
  now: Date,
): Promise<boolean> {
  return transition(stores, key, record, now, { status: 'rejected', reason });
}

/** Writes `changes` only if the record is still in the status (and ETag) it was read in. */
async function transition(
  stores: VerifyStores,
  key: Record<string, string>,
  record: AttachmentRecord,
  now: Date,
  changes: Record<string, unknown>,
): Promise<boolean> {
  const fields = { ...changes, updated_at: now.toISOString() };
  const names: Record<string, string> = { '#status': 'status', '#verified_etag': 'verified_etag' };
  const values: Record<string, unknown> = { ':read_status': record.status };
  const sets = Object.entries(fields).map(([name, value]) => {
    names[`#${name}`] = name;
    values[`:${name}`] = value;
    return `#${name} = :${name}`;
  });
  let condition = '#status = :read_status';
  if (record.verified_etag === undefined) condition += ' AND attribute_not_exists(#verified_etag)';
  else {
    condition += ' AND #verified_etag = :read_etag';
    values[':read_etag'] = record.verified_etag;
  }
  try {
    await stores.db.update({
      TableName: stores.attachmentsTable,
      Key: key,
      UpdateExpression: `SET ${sets.join(', ')}`,
      ConditionExpression: condition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    });
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}
