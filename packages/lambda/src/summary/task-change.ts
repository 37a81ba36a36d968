// What one stream record of the tasks table means for the counters: which task, the status
// it leaves and the status it takes, and the record's position in that task's history.
import type { TaskStatus } from '@serverless-todo/contract';

/** One task's change, as the counters see it. */
export interface TaskChange {
  readonly userId: string;
  readonly taskId: string;
  /** The status counted before (null: the task did not exist). */
  readonly from: TaskStatus | null;
  /** The status counted after (null: the task is gone). */
  readonly to: TaskStatus | null;
  /**
   * Where the change sits in the task's history, increasing with every change: 2 × version
   * for the write that made that version, 2 × version + 1 for the delete of it. Redelivered
   * or replayed records carry a position the counters have already passed.
   */
  readonly position: number;
}

type Image = Readonly<Record<string, unknown>> | undefined;

/**
 * Reads a change from a record's event name and its unmarshalled images; null for a record
 * that is no task (no key or no version).
 *
 * @example
 * ```ts
 * taskChange('MODIFY', { user_id: 'u1', task_id: 't1', status: 'pending', version: 1 }, { …, status: 'done', version: 2 });
 * // { userId: 'u1', taskId: 't1', from: 'pending', to: 'done', position: 4 }
 * ```
 */
export function taskChange(eventName: string | undefined, oldImage: Image, newImage: Image): TaskChange | null {
  const image = newImage ?? oldImage;
  const userId = image?.user_id;
  const taskId = image?.task_id;
  if (typeof userId !== 'string' || typeof taskId !== 'string') return null;
  const removed = eventName === 'REMOVE';
  const version = Number((removed ? oldImage : newImage)?.version);
  if (!Number.isSafeInteger(version) || version < 1) return null;
  return {
    userId,
    taskId,
    from: eventName === 'INSERT' ? null : ((oldImage?.status as TaskStatus | undefined) ?? null),
    to: removed ? null : ((newImage?.status as TaskStatus | undefined) ?? null),
    position: removed ? 2 * version + 1 : 2 * version,
  };
}
