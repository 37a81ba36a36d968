// Reads of a task's attachments. Each first checks that the task still exists: once a task
// is deleted its attachments answer 404 at once, before the stream consumer has removed them.
import type { Attachment } from '@serverless-todo/contract';
import { AttachmentNotFoundError, TaskNotFoundError } from '../errors.ts';
import { taskKeyOf } from './object-key.ts';
import type { AttachmentStores } from './ports.ts';
import { type AttachmentRecord, toAttachment } from './record.ts';

/** Bounds the pages of one task's partition: 20 records never need more than one. */
const MAX_PAGES = 10;

/**
 * Throws unless the task exists (a strongly consistent read, right after a delete).
 *
 * @throws {TaskNotFoundError}
 * @example
 * ```ts
 * await requireTask(stores, 'user123', taskId);
 * ```
 */
export async function requireTask(stores: AttachmentStores, userId: string, taskId: string): Promise<void> {
  const { Item } = await stores.db.get({
    TableName: stores.tasksTable,
    Key: { user_id: userId, task_id: taskId },
    ProjectionExpression: '#task_id',
    ExpressionAttributeNames: { '#task_id': 'task_id' },
    ConsistentRead: true,
  });
  if (Item === undefined) throw new TaskNotFoundError();
}

/**
 * The stored record of one attachment of an existing task.
 *
 * @throws {TaskNotFoundError} when the task does not exist.
 * @throws {AttachmentNotFoundError} when the attachment does not.
 * @example
 * ```ts
 * const record = await readAttachment(stores, 'user123', taskId, attachmentId);
 * ```
 */
export async function readAttachment(
  stores: AttachmentStores,
  userId: string,
  taskId: string,
  attachmentId: string,
): Promise<AttachmentRecord> {
  const [, { Item }] = await Promise.all([
    requireTask(stores, userId, taskId),
    stores.db.get({
      TableName: stores.attachmentsTable,
      Key: { task_key: taskKeyOf(userId, taskId), attachment_id: attachmentId },
      ConsistentRead: true,
    }),
  ]);
  if (Item === undefined) throw new AttachmentNotFoundError();
  return Item as unknown as AttachmentRecord;
}

/**
 * Every attachment of an existing task, oldest first.
 *
 * @throws {TaskNotFoundError} when the task does not exist.
 * @example
 * ```ts
 * const attachments = await listAttachments(stores, 'user123', taskId);
 * ```
 */
export async function listAttachments(stores: AttachmentStores, userId: string, taskId: string): Promise<Attachment[]> {
  const query = async () => {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await stores.db.query({
        TableName: stores.attachmentsTable,
        KeyConditionExpression: '#task_key = :task_key',
        ExpressionAttributeNames: { '#task_key': 'task_key' },
        ExpressionAttributeValues: { ':task_key': taskKeyOf(userId, taskId) },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      });
      items.push(...(result.Items ?? []));
      startKey = result.LastEvaluatedKey;
      if (startKey === undefined) break;
    }
    return items;
  };
  const [, items] = await Promise.all([requireTask(stores, userId, taskId), query()]);
  return items
    .map(toAttachment)
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.attachment_id.localeCompare(b.attachment_id));
}
