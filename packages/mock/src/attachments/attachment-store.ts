// The mock's attachment records, with the API's rules: at most 20 per task, keyed by task,
// oldest first, `pending` until the upload is checked, then `ready` or `rejected` for good.
import { type Attachment, type AttachmentCreate, attachmentLimits } from '@serverless-todo/contract';
import { AttachmentLimitError, AttachmentNotFoundError } from '../errors.ts';

/** A record: the Attachment plus what the mock needs to serve it. */
export interface AttachmentRecord {
  attachment: Attachment;
  readonly userId: string;
  readonly objectKey: string;
  readonly expiresAt: string;
}

const taskKey = (userId: string, taskId: string) => `${userId}#${taskId}`;
const copy = (attachment: Attachment): Attachment => ({ ...attachment });

/** A change the realtime events tell of: the attachment as it is now (for a delete, as it was). */
export interface AttachmentChange {
  readonly type: 'attachment.created' | 'attachment.updated' | 'attachment.deleted';
  readonly userId: string;
  readonly attachment: Attachment;
}

/** Every task's attachments, per handler set. */
export class AttachmentStore {
  readonly #byTask = new Map<string, Map<string, AttachmentRecord>>();
  readonly #byObject = new Map<string, AttachmentRecord>();
  readonly #onChange: ((change: AttachmentChange) => void) | undefined;

  /** `onChange` hears of every create, settle and delete (a task's cascade included), after it took effect. */
  constructor(onChange?: (change: AttachmentChange) => void) {
    this.#onChange = onChange;
  }

  #tell(type: AttachmentChange['type'], record: AttachmentRecord): void {
    this.#onChange?.({ type, userId: record.userId, attachment: copy(record.attachment) });
  }

  /** Records a pending attachment, created `now`; throws AttachmentLimitError past the limit. */
  create(
    userId: string,
    taskId: string,
    input: AttachmentCreate,
    expiresAt: string,
    now = new Date().toISOString(),
  ): AttachmentRecord {
    const key = taskKey(userId, taskId);
    const records = this.#byTask.get(key) ?? new Map<string, AttachmentRecord>();
    if (records.size >= attachmentLimits.maxPerTask) throw new AttachmentLimitError();
    const attachment: Attachment = {
      attachment_id: crypto.randomUUID(),
      task_id: taskId,
      filename: input.filename,
      content_type: input.content_type,
      size: input.size,
      status: 'pending',
      reason: null,
      created_at: now,
      updated_at: now,
    };
    const objectKey = `${userId}/${taskId}/${attachment.attachment_id}`;
    const record: AttachmentRecord = { attachment, userId, objectKey, expiresAt };
    records.set(attachment.attachment_id, record);
    this.#byTask.set(key, records);
    this.#byObject.set(objectKey, record);
    this.#tell('attachment.created', record);
    return { ...record, attachment: copy(attachment) };
  }

  list(userId: string, taskId: string): Attachment[] {
    return [...(this.#byTask.get(taskKey(userId, taskId))?.values() ?? [])].map((r) => copy(r.attachment));
  }

  get(userId: string, taskId: string, attachmentId: string): AttachmentRecord {
    const record = this.#byTask.get(taskKey(userId, taskId))?.get(attachmentId);
    if (!record) throw new AttachmentNotFoundError();
    return { ...record, attachment: copy(record.attachment) };
  }

  /** Removes one attachment; returns its object key. */
  delete(userId: string, taskId: string, attachmentId: string): string {
    const record = this.get(userId, taskId, attachmentId);
    this.#byTask.get(taskKey(userId, taskId))?.delete(attachmentId);
    this.#byObject.delete(record.objectKey);
    this.#tell('attachment.deleted', record);
    return record.objectKey;
  }

  /** Removes every attachment of a task (its deletion); returns their object keys. */
  deleteTask(userId: string, taskId: string): string[] {
    const records = [...(this.#byTask.get(taskKey(userId, taskId))?.values() ?? [])];
    this.#byTask.delete(taskKey(userId, taskId));
    for (const record of records) {
      this.#byObject.delete(record.objectKey);
      this.#tell('attachment.deleted', record);
    }
    return records.map((r) => r.objectKey);
  }

  /** The live record an object key belongs to, if any. */
  byObjectKey(objectKey: string): AttachmentRecord | undefined {
    return this.#byObject.get(objectKey);
  }

  /** pending → ready or rejected; a settled record never changes (rejected never becomes ready). */
  settle(record: AttachmentRecord, outcome: { ok: true } | { ok: false; reason: string }): void {
    if (record.attachment.status !== 'pending') return;
    record.attachment.status = outcome.ok ? 'ready' : 'rejected';
    record.attachment.reason = outcome.ok ? null : outcome.reason;
    record.attachment.updated_at = new Date().toISOString();
    this.#tell('attachment.updated', record);
  }
}
