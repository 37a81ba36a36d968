// The attachment operations of the mock, over its task store (a deleted or foreign task is
// 404 at once), its attachment store and its fake bucket.
import { attachmentLimits } from '@serverless-todo/contract';
import type { OperationCall } from '../operations.ts';
import { empty, json } from '../reply.ts';

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

/** POST …/attachments: a pending record and a presigned POST to the fake bucket. */
export async function createAttachment({
  request,
  principal,
  incoming,
  reply,
  state,
  pause,
}: OperationCall<'createAttachment'>) {
  await pause();
  const { task_id } = request.path;
  state.store.get(principal, task_id);
  // One clock read: the form expires exactly its lifetime after the attachment's created_at,
  // which is how a client works out the expiry of a pending one it lists.
  const createdAt = new Date();
  const expiresAt = new Date(createdAt.getTime() + attachmentLimits.uploadExpiresInSeconds * 1000).toISOString();
  const record = state.attachments.create(principal, task_id, request.body, expiresAt, createdAt.toISOString());
  const upload = await state.bucket.presignPost(
    record.objectKey,
    request.body.content_type,
    request.body.size,
    expiresAt,
  );
  return json(
    reply,
    201,
    { attachment: record.attachment, upload: { ...upload, expires_at: expiresAt } },
    { Location: `${incoming.path}/${record.attachment.attachment_id}` },
  );
}

/** GET …/attachments: every attachment of the task, oldest first. */
export async function listAttachments({ request, principal, reply, state, pause }: OperationCall<'listAttachments'>) {
  await pause();
  state.store.get(principal, request.path.task_id);
  return json(reply, 200, { attachments: state.attachments.list(principal, request.path.task_id) });
}

/** GET …/attachments/{attachment_id}: the attachment and, while it is ready, a download URL. */
export async function getAttachment({ request, principal, reply, state, pause }: OperationCall<'getAttachment'>) {
  await pause();
  const { task_id, attachment_id } = request.path;
  state.store.get(principal, task_id);
  const record = state.attachments.get(principal, task_id, attachment_id);
  if (record.attachment.status !== 'ready') return json(reply, 200, { attachment: record.attachment, download: null });
  const expiresAt = inSeconds(attachmentLimits.downloadExpiresInSeconds);
  const url = await state.bucket.presignGet(record, attachmentLimits.downloadExpiresInSeconds);
  return json(reply, 200, { attachment: record.attachment, download: { url, expires_at: expiresAt } });
}

/** DELETE …/attachments/{attachment_id}: the record and its object. */
export async function deleteAttachment({ request, principal, reply, state, pause }: OperationCall<'deleteAttachment'>) {
  await pause();
  const { task_id, attachment_id } = request.path;
  state.store.get(principal, task_id);
  state.bucket.delete(state.attachments.delete(principal, task_id, attachment_id));
  return empty(reply, 204);
}
