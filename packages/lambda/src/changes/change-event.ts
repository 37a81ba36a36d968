// One domain event per stream record of the tasks table (ChangeEvent in openapi.yaml):
// task.created, task.updated or task.deleted, with the task's version and, unless it was
// deleted, the task itself.
import type { ChangeEvent, ChangeEventType } from '@serverless-todo/contract';
import { toTask } from '../tasks/table.ts';

type Image = Readonly<Record<string, unknown>> | undefined;

const TASK_TYPES: Readonly<Record<string, ChangeEventType>> = {
  INSERT: 'task.created',
  MODIFY: 'task.updated',
  REMOVE: 'task.deleted',
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

/**
 * The change event of a tasks-table record, or null for a record that is no task.
 *
 * @example
 * ```ts
 * taskEvent({ eventID: 'c81e…', eventName: 'REMOVE', approximateCreationDateTime: 1764149460, oldImage, newImage: undefined });
 * // { event_id: 'c81e…', type: 'task.deleted', occurred_at: '2025-11-26T09:31:00.000Z', user_id, task_id, version: 3 }
 * ```
 */
export function taskEvent(parts: RecordParts): ChangeEvent | null {
  const type = TASK_TYPES[parts.eventName ?? ''];
  const image = parts.eventName === 'REMOVE' ? parts.oldImage : parts.newImage;
  if (!type || !image || typeof image.user_id !== 'string' || typeof image.task_id !== 'string') return null;
  const seconds = parts.approximateCreationDateTime;
  const event: ChangeEvent = {
    event_id: parts.eventID ?? `${image.task_id}:${String(image.version)}:${type}`,
    type,
    occurred_at: new Date(seconds === undefined ? Date.now() : seconds * 1000).toISOString(),
    user_id: image.user_id,
    task_id: image.task_id,
    version: Number(image.version),
  };
  return type === 'task.deleted' ? event : { ...event, task: toTask(image) };
}
