// One domain event per stream record (ChangeEvent in openapi.yaml): task.created,
// task.updated or task.deleted with the task's version and, unless it was deleted, the task;
// attachment.* with the attachment. A task write that changes none of the Task's fields (an
// attachment taking a slot on it) is no task.updated.
import type { ChangeEvent, ChangeEventType } from '@serverless-todo/contract';
import { toAttachment } from '../attachments/record.ts';
import { toTask } from '../tasks/table.ts';

type Image = Readonly<Record<string, unknown>> | undefined;

const KINDS: Readonly<Record<string, 'created' | 'updated' | 'deleted'>> = {
  INSERT: 'created',
  MODIFY: 'updated',
  REMOVE: 'deleted',
};

/** The parts of a stream record an event is made of (images already unmarshalled). */
export interface RecordParts {
  readonly eventID?: string | undefined;
  readonly eventName?: string | undefined;
  /** Seconds since the epoch, as the stream gives it. */
  readonly approximateCreationDateTime?: number | undefined;
  readonly oldImage: Image;
  readonly newImage: Image;
}

const occurredAt = (parts: RecordParts) => {
  const seconds = parts.approximateCreationDateTime;
  return new Date(seconds === undefined ? Date.now() : seconds * 1000).toISOString();
};

const sameTask = (a: Image, b: Image) => a && b && JSON.stringify(toTask(a)) === JSON.stringify(toTask(b));

/**
 * The change event of a record of the tasks or the attachments table; null for a record
 * that is neither, or a task write that changed no Task field.
 *
 * @example
 * ```ts
 * changeEvent({ eventID: 'c81e…', eventName: 'REMOVE', approximateCreationDateTime: 1764149460, oldImage, newImage: undefined });
 * // { event_id: 'c81e…', type: 'task.deleted', occurred_at: '2025-11-26T09:31:00.000Z', user_id, task_id, version: 3 }
 * ```
 */
export function changeEvent(parts: RecordParts): ChangeEvent | null {
  const kind = KINDS[parts.eventName ?? ''];
  const image = parts.eventName === 'REMOVE' ? parts.oldImage : parts.newImage;
  if (!kind || !image || typeof image.user_id !== 'string' || typeof image.task_id !== 'string') return null;
  const base = {
    event_id: parts.eventID ?? `${image.task_id}:${String(image.attachment_id ?? image.version)}:${kind}`,
    occurred_at: occurredAt(parts),
    user_id: image.user_id,
    task_id: image.task_id,
  };
  if (typeof image.attachment_id === 'string') {
    const type = `attachment.${kind}` as ChangeEventType;
    const event: ChangeEvent = { ...base, type, attachment_id: image.attachment_id };
    return kind === 'deleted' ? event : { ...event, attachment: toAttachment(image) };
  }
  if (kind === 'updated' && sameTask(parts.oldImage, parts.newImage)) return null;
  const event: ChangeEvent = { ...base, type: `task.${kind}` as ChangeEventType, version: Number(image.version) };
  return kind === 'deleted' ? event : { ...event, task: toTask(image) };
}
