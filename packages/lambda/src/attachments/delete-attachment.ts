import { isConditionFailed } from '../dynamo/throttling.ts';
import { AttachmentNotFoundError } from '../errors.ts';
import { objectKeyOf, taskKeyOf } from './object-key.ts';
import type { AttachmentStores } from './ports.ts';
import { requireTask } from './read-attachments.ts';
import { releaseSlot } from './task-slots.ts';

/**
 * Deletes an attachment in any status: its record, then its object, then its slot on the
 * task. The record goes first, so no record ever points at a deleted object; an object left
 * by a failure after that has no record, which the scheduled sweep removes.
 *
 * @throws {TaskNotFoundError} when the task does not exist.
 * @throws {AttachmentNotFoundError} when the attachment does not.
 * @example
 * ```ts
 * await deleteAttachment(stores, 'user123', taskId, attachmentId);
 * ```
 */
export async function deleteAttachment(
  stores: AttachmentStores,
  userId: string,
  taskId: string,
  attachmentId: string,
): Promise<void> {
  await requireTask(stores, userId, taskId);
  try {
    await stores.db.delete({
      TableName: stores.attachmentsTable,
      Key: { task_key: taskKeyOf(userId, taskId), attachment_id: attachmentId },
      ConditionExpression: 'attribute_exists(#attachment_id)',
      ExpressionAttributeNames: { '#attachment_id': 'attachment_id' },
    });
  } catch (error) {
    if (isConditionFailed(error)) throw new AttachmentNotFoundError(undefined, { cause: error });
    throw error;
  }
  await stores.s3.delete(stores.bucket, objectKeyOf(userId, taskId, attachmentId));
  await releaseSlot(stores.db, stores.tasksTable, userId, taskId, attachmentId);
}
