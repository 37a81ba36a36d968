// One task: what it says, a three-way status switch, an inline editor, a delete that asks
// first, and its attachments on demand. Writes go through the board's mutations (optimistic,
// If-Match from the cache).
import type { Task, TaskStatus, TaskUpdate } from '@serverless-todo/client';
import { fieldErrors, isOptimisticTask } from '@serverless-todo/query';
import { type FormEvent, lazy, Suspense, useState } from 'react';
import { formatDue } from './due-date.ts';
import { readFields, STATUS_LABELS, TaskFields } from './TaskFields.tsx';

// Its own chunk, with the SDK's attachments entry: fetched the first time a task's attachments open.
const AttachmentsPanel = lazy(() => import('./attachments/AttachmentsPanel.tsx'));

/** What a task can ask the board to do; each resolves with the error, or null on success. */
export interface TaskActions {
  update(taskId: string, patch: TaskUpdate): Promise<unknown>;
  remove(taskId: string): Promise<unknown>;
}

/** Only the fields that differ from the task. */
function changes(task: Task, form: HTMLFormElement): TaskUpdate {
  const values = readFields(form);
  const patch: TaskUpdate = {};
  if (values.title !== task.title) patch.title = values.title;
  if (values.description !== task.description) patch.description = values.description;
  if (values.due_date !== task.due_date) patch.due_date = values.due_date;
  if (values.status !== task.status) patch.status = values.status;
  return patch;
}

/**
 * A task in the list.
 *
 * @example
 * ```tsx
 * <TaskItem task={task} actions={actions} />
 * ```
 */
export function TaskItem({ task, actions }: { task: Task; actions: TaskActions }) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Once opened, the panel stays mounted (hidden when closed), so its uploads keep going.
  const [attachments, setAttachments] = useState<'never' | 'open' | 'closed'>('never');
  const busy = isOptimisticTask(task);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const patch = changes(task, event.currentTarget);
    if (Object.keys(patch).length === 0) return setEditing(false);
    const error = await actions.update(task.task_id, patch);
    const fields = fieldErrors(error);
    setErrors(fields);
    if (Object.keys(fields).length === 0) setEditing(false);
  };

  const setStatus = (status: TaskStatus) => {
    if (status !== task.status) void actions.update(task.task_id, { status });
  };

  return (
    <li className="task card" data-task-id={task.task_id} data-status={task.status} aria-busy={busy}>
      {editing ? (
        <form className="edit-form" noValidate onSubmit={save}>
          <TaskFields idPrefix={`edit-${task.task_id}`} task={task} errors={errors} />
          <button type="submit">Save</button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <h3 className="title">{task.title}</h3>
          {task.description && <p className="description">{task.description}</p>}
          <p className="meta muted">
            {task.due_date ? (
              <>
                Due <time dateTime={task.due_date}>{formatDue(task.due_date)}</time>
              </>
            ) : (
              'No due date'
            )}
          </p>
          <fieldset className="status-switch">
            <legend>Status</legend>
            {(Object.keys(STATUS_LABELS) as TaskStatus[]).map((status) => (
              <button
                key={status}
                type="button"
                data-set-status={status}
                aria-pressed={task.status === status}
                disabled={busy}
                onClick={() => setStatus(status)}
              >
                {STATUS_LABELS[status]}
              </button>
            ))}
          </fieldset>
          <div className="actions">
            <button type="button" data-action="edit" disabled={busy} onClick={() => setEditing(true)}>
              Edit
            </button>
            {confirming ? (
              <span className="confirm" role="alertdialog" aria-label="Confirm delete">
                Delete “{task.title.length > 40 ? `${task.title.slice(0, 40)}…` : task.title}”?{' '}
                <button type="button" data-action="confirm-delete" onClick={() => void actions.remove(task.task_id)}>
                  Delete
                </button>
                <button type="button" data-action="cancel-delete" onClick={() => setConfirming(false)}>
                  Keep
                </button>
              </span>
            ) : (
              <button type="button" data-action="delete" disabled={busy} onClick={() => setConfirming(true)}>
                Delete
              </button>
            )}
            <button
              type="button"
              data-action="attachments"
              aria-expanded={attachments === 'open'}
              disabled={busy}
              onClick={() => setAttachments(attachments === 'open' ? 'closed' : 'open')}
            >
              Attachments
            </button>
          </div>
        </>
      )}
      {attachments !== 'never' && (
        <div hidden={attachments === 'closed'}>
          <Suspense fallback={<p className="muted">Loading attachments…</p>}>
            <AttachmentsPanel taskId={task.task_id} />
          </Suspense>
        </div>
      )}
    </li>
  );
}
