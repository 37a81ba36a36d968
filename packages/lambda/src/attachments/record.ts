// An attachment record as the AttachmentsTable stores it: the Attachment fields plus what
// the server needs (owner, object key, upload expiry, what was verified). Responses are
// built by picking the contract's fields, so the rest never reaches a client.
import type { Attachment } from '@serverless-todo/contract';

/** One item of the AttachmentsTable. */
export interface AttachmentRecord extends Attachment {
  /** `<user_id>#<task_id>` (HASH key). */
  readonly task_key: string;
  readonly user_id: string;
  /** `<user_id>/<task_id>/<attachment_id>` in the attachments bucket. */
  readonly object_key: string;
  /** When the presigned POST stops being accepted (ISO 8601). */
  readonly expires_at: string;
  /** The ETag of the object that was verified, on a ready record. */
  readonly verified_etag?: string;
  /** The object's real size in bytes, on a ready record. */
  readonly verified_size?: number;
}

/**
 * The Attachment of a stored record, with only the contract's fields.
 *
 * @example
 * ```ts
 * toAttachment(record); // { attachment_id, task_id, filename, content_type, size, status, reason, created_at, updated_at }
 * ```
 */
export function toAttachment(item: object): Attachment {
  const stored = item as Record<string, unknown>;
  return {
    attachment_id: stored.attachment_id as string,
    task_id: stored.task_id as string,
    filename: stored.filename as string,
    content_type: stored.content_type as Attachment['content_type'],
    size: Number(stored.size),
    status: stored.status as Attachment['status'],
    reason: (stored.reason as string | null | undefined) ?? null,
    created_at: stored.created_at as string,
    updated_at: stored.updated_at as string,
  };
}
