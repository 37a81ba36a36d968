// The inputs of a task, shared by the create form and the inline editor, each with the API's
// message for its field (from the problem's `errors[].pointer`) right under it.
import type { Task, TaskStatus } from '@serverless-todo/client';
import { fromLocalInput, toLocalInput } from './due-date.ts';

export const STATUS_LABELS: Record<TaskStatus, string> = {
  pending: 'Pending',
  in_progress: 'In progress',
  done: 'Done',
};

/** What the inputs hold, in the API's terms. */
export interface FieldValues {
  title: string;
  description: string;
  due_date: string | null;
  status: TaskStatus;
}

/**
 * Reads the inputs of a form that renders {@link TaskFields}.
 *
 * @example
 * ```ts
 * const values = readFields(event.currentTarget);
 * ```
 */
export function readFields(form: HTMLFormElement): FieldValues {
  const data = new FormData(form);
  return {
    title: String(data.get('title') ?? ''),
    description: String(data.get('description') ?? ''),
    due_date: fromLocalInput(String(data.get('due_date') ?? '')),
    status: String(data.get('status') ?? 'pending') as TaskStatus,
  };
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <span className="field-error" id={id} role="alert">
      {message}
    </span>
  ) : null;
}

/**
 * Title, description, due date and status inputs.
 *
 * @example
 * ```tsx
 * <TaskFields idPrefix="new" errors={fieldErrors(create.error)} />
 * ```
 */
export function TaskFields({
  idPrefix,
  task,
  errors,
}: {
  idPrefix: string;
  task?: Task;
  errors: Record<string, string>;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const described = (name: string) => (errors[name] ? { 'aria-describedby': id(`${name}-error`) } : {});
  return (
    <div className="fields">
      <label className="wide">
        Title
        <input
          name="title"
          defaultValue={task?.title}
          placeholder="What needs doing?"
          autoComplete="off"
          aria-invalid={Boolean(errors.title)}
          {...described('title')}
        />
        <FieldError id={id('title-error')} message={errors.title} />
      </label>
      <label className="wide">
        Description
        <textarea name="description" rows={2} defaultValue={task?.description} {...described('description')} />
        <FieldError id={id('description-error')} message={errors.description} />
      </label>
      <label>
        Due
        <input type="datetime-local" name="due_date" defaultValue={toLocalInput(task?.due_date ?? null)} />
        <FieldError id={id('due_date-error')} message={errors.due_date} />
      </label>
      <label>
        Status
        <select name="status" defaultValue={task?.status ?? 'pending'}>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <FieldError id={id('status-error')} message={errors.status} />
      </label>
    </div>
  );
}
