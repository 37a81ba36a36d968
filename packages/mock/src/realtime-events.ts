// The realtime events of a store change, exactly as asyncapi.yaml describes them: the same
// task and version as the REST response of the write, `sent_at` when it is sent.
import { attachmentVersion, type ChangeEvent } from '@serverless-todo/contract/realtime';
import type { AttachmentChange } from './attachments/attachment-store.ts';
import type { TaskChange } from './store.ts';

/**
 * The event that tells the owner about one change.
 *
 * @example
 * ```ts
 * changeEvent({ type: 'task.updated', task }); // { type: 'task.updated', user_id, task_id, version, sent_at, task }
 * ```
 */
export function changeEvent({ type, task }: TaskChange): ChangeEvent {
  const head = {
    user_id: task.user_id,
    task_id: task.task_id,
    version: task.version,
    sent_at: new Date().toISOString(),
  };
  return type === 'task.deleted' ? { type, ...head } : { type, ...head, task };
}

/**
 * The event that tells the owner about one attachment change. Its `version` follows from the
 * status, as asyncapi.yaml's AttachmentVersion defines it.
 *
 * @example
 * ```ts
 * attachmentEvent({ type: 'attachment.updated', userId: 'u1', attachment }); // version 2 once settled
 * ```
 */
export function attachmentEvent({ type, userId, attachment }: AttachmentChange): ChangeEvent {
  const head = {
    user_id: userId,
    task_id: attachment.task_id,
    attachment_id: attachment.attachment_id,
    version: attachmentVersion(attachment.status),
    sent_at: new Date().toISOString(),
  };
  return type === 'attachment.deleted' ? { type, ...head } : { type, ...head, attachment };
}
