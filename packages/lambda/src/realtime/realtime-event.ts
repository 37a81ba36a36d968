// A stream record as the realtime message of asyncapi.yaml: the domain change event
// (changes/change-event.ts) with the version a subscriber compares and the time it is sent.
import { attachmentVersion, type ChangeEvent as RealtimeEvent } from '@serverless-todo/contract/realtime';
import { changeEvent, type RecordParts } from '../changes/change-event.ts';

/**
 * The realtime event of one stream record, or null when the record is none (a task write
 * that changed no Task field, an item of another shape).
 *
 * @example
 * ```ts
 * const event = realtimeEvent(recordParts(record), new Date());
 * if (event) await post(JSON.stringify(event));
 * ```
 */
export function realtimeEvent(parts: RecordParts, now: Date): RealtimeEvent | null {
  const change = changeEvent(parts);
  if (change === null) return null;
  const sent_at = now.toISOString();
  const { user_id, task_id } = change;
  if (change.attachment_id !== undefined) {
    const image = change.type === 'attachment.deleted' ? parts.oldImage : parts.newImage;
    const version = attachmentVersion(image?.status as Parameters<typeof attachmentVersion>[0]);
    const head = { user_id, task_id, attachment_id: change.attachment_id, version, sent_at };
    return (
      change.attachment === undefined
        ? { type: 'attachment.deleted', ...head }
        : { type: change.type, ...head, attachment: change.attachment }
    ) as RealtimeEvent;
  }
  const head = { user_id, task_id, version: change.version as number, sent_at };
  return (
    change.task === undefined ? { type: 'task.deleted', ...head } : { type: change.type, ...head, task: change.task }
  ) as RealtimeEvent;
}
