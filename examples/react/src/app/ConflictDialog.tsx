// A write met a 412: someone changed (or deleted) the task first. The cache already shows
// theirs; the dialog sets it beside yours and lets the user keep theirs or apply theirs + yours.
import type { TaskUpdate } from '@serverless-todo/client';
import type { TaskConflictError } from '@serverless-todo/query';
import { formatDue } from './due-date.ts';
import { STATUS_LABELS } from './TaskFields.tsx';

const FIELDS = ['title', 'description', 'due_date', 'status'] as const;

const show = (field: (typeof FIELDS)[number], value: unknown): string => {
  if (value === null || value === '') return '—';
  if (field === 'status') return STATUS_LABELS[value as keyof typeof STATUS_LABELS];
  if (field === 'due_date') return formatDue(String(value));
  return String(value);
};

/**
 * The conflict dialog.
 *
 * @example
 * ```tsx
 * {conflict && <ConflictDialog conflict={conflict} onKeepTheirs={close} onApplyMine={retry} />}
 * ```
 */
export function ConflictDialog({
  conflict,
  onKeepTheirs,
  onApplyMine,
}: {
  conflict: TaskConflictError;
  onKeepTheirs(): void;
  onApplyMine(): void;
}) {
  const theirs = conflict.current?.task;
  const yours: TaskUpdate = conflict.yours ?? {};
  return (
    <dialog open className="conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title">This task was changed elsewhere</h2>
      {!theirs ? (
        <p>It has been deleted in the meantime, so your change was not saved.</p>
      ) : (
        <>
          <p>
            {conflict.yours
              ? 'Someone saved a newer version before your change arrived, so nothing of yours was saved (412).'
              : 'Someone changed it after you loaded it, so it was not deleted (412).'}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">field</th>
                <th scope="col">theirs (saved)</th>
                <th scope="col">yours</th>
              </tr>
            </thead>
            <tbody>
              {FIELDS.map((field) => (
                <tr key={field} data-field={field} className={field in yours ? 'changed' : ''}>
                  <th scope="row">{field.replace('_', ' ')}</th>
                  <td className="theirs">{show(field, theirs[field])}</td>
                  <td className="yours">
                    {field in yours ? show(field, yours[field]) : conflict.yours ? '(unchanged)' : '(delete)'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <div className="actions">
        <button type="button" data-action="keep-theirs" onClick={onKeepTheirs}>
          {theirs ? 'Keep theirs' : 'OK'}
        </button>
        {theirs && (
          <button type="button" data-action="apply-mine" onClick={onApplyMine}>
            {conflict.yours ? 'Apply mine on top of theirs' : 'Delete anyway'}
          </button>
        )}
      </div>
    </dialog>
  );
}
