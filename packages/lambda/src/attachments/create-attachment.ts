import { randomUUID } from 'node:crypto';
import { type Attachment, type AttachmentCreate, attachmentLimits } from '@serverless-todo/contract';
import { objectKeyOf, taskKeyOf } from './object-key.ts';
import type { AttachmentStores } from './ports.ts';
import { type AttachmentRecord, toAttachment } from './record.ts';
import { releaseSlot, takeSlot } from './task-slots.ts';

/** A new attachment and the presigned POST that uploads its file. */
export interface CreatedAttachment {
  readonly attachment: Attachment;
  readonly upload: { readonly url: string; readonly fields: Record<string, string>; readonly expires_at: string };
}

/**
 * Records a pending attachment on an existing task and presigns its upload. The POST
 * policy pins the key, the Content-Type and a length of 1 to the declared size; S3 refuses
 * anything else, and the verifying function checks the object again (local S3 does not
 * enforce policies).
 *
 * Order: presign (no I/O, so a failure writes nothing), take a slot on the task (the
 * limit, and the task's existence), then put the record; a failed put gives the slot back.
 *
 * @throws {TaskNotFoundError} when the task does not exist.
 * @throws {AttachmentLimitError} when the task holds the most attachments already.
 * @example
 * ```ts
 * const { attachment, upload } = await createAttachment(stores, 'user123', taskId, { filename: 'a.png', content_type: 'image/png', size: 1024 });
 * ```
 */
export async function createAttachment(
  stores: AttachmentStores,
  userId: string,
  taskId: string,
  input: AttachmentCreate,
  now = new Date(),
): Promise<CreatedAttachment> {
  const attachmentId = randomUUID();
  const objectKey = objectKeyOf(userId, taskId, attachmentId);
  const expiresIn = attachmentLimits.uploadExpiresInSeconds;
  const timestamp = now.toISOString();
  const expiresAt = new Date(now.getTime() + expiresIn * 1000).toISOString();
  // The bucket, the key and every field become exact-match conditions of the policy.
  const upload = stores.s3.presignPost(stores.bucket, objectKey, {
    expiresInSeconds: expiresIn,
    fields: { 'Content-Type': input.content_type },
    conditions: [['content-length-range', attachmentLimits.minSize, input.size]],
    now,
  });
  const record: AttachmentRecord = {
    task_key: taskKeyOf(userId, taskId),
    attachment_id: attachmentId,
    user_id: userId,
    task_id: taskId,
    filename: input.filename,
    content_type: input.content_type,
    size: input.size,
    status: 'pending',
    reason: null,
    created_at: timestamp,
    updated_at: timestamp,
    object_key: objectKey,
    expires_at: expiresAt,
  };
  await takeSlot(stores.db, stores.tasksTable, userId, taskId, attachmentId);
  try {
    await stores.db.put({
      TableName: stores.attachmentsTable,
      Item: record,
      ConditionExpression: 'attribute_not_exists(#attachment_id)',
      ExpressionAttributeNames: { '#attachment_id': 'attachment_id' },
    });
  } catch (error) {
    await releaseSlot(stores.db, stores.tasksTable, userId, taskId, attachmentId).catch(() => undefined);
    throw error;
  }
  return {
    attachment: toAttachment(record),
    upload: { url: upload.url, fields: upload.fields, expires_at: expiresAt },
  };
}
