import { type Attachment, attachmentLimits } from '@serverless-todo/contract';
import { contentDisposition } from '@serverless-todo/contract/attachments';
import type { AttachmentStores } from './ports.ts';
import { readAttachment } from './read-attachments.ts';
import { toAttachment } from './record.ts';

/** An attachment and, while it is ready, a presigned GET of its file. */
export interface AttachmentView {
  readonly attachment: Attachment;
  readonly download: { readonly url: string; readonly expires_at: string } | null;
}

/**
 * Reads an attachment; a ready one comes with a download URL valid for 5 minutes that S3
 * serves as `Content-Disposition: attachment` with the verified content type.
 *
 * @throws {TaskNotFoundError} when the task does not exist.
 * @throws {AttachmentNotFoundError} when the attachment does not.
 * @example
 * ```ts
 * const { attachment, download } = await getAttachment(stores, 'user123', taskId, attachmentId);
 * ```
 */
export async function getAttachment(
  stores: AttachmentStores,
  userId: string,
  taskId: string,
  attachmentId: string,
  now = new Date(),
): Promise<AttachmentView> {
  const record = await readAttachment(stores, userId, taskId, attachmentId);
  const attachment = toAttachment(record);
  if (attachment.status !== 'ready') return { attachment, download: null };
  const expiresIn = attachmentLimits.downloadExpiresInSeconds;
  const url = stores.s3.presignGet(stores.bucket, record.object_key, {
    expiresInSeconds: expiresIn,
    query: {
      'response-content-disposition': contentDisposition(attachment.filename),
      'response-content-type': attachment.content_type,
    },
    now,
  });
  return { attachment, download: { url, expires_at: new Date(now.getTime() + expiresIn * 1000).toISOString() } };
}
