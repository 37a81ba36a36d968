// Turns an input record into the body of a create. Fields the server owns (ids, timestamps,
// version) are dropped, so an export imports back; any other unknown field is kept and sent,
// so the API rejects it with a pointer instead of the import silently losing data.
import type { TaskCreate } from '@serverless-todo/client';

const SERVER_OWNED = new Set(['user_id', 'task_id', 'created_at', 'updated_at', 'version']);
// A CSV cell cannot say "absent": an empty one means "use the API's default".
const OMIT_WHEN_EMPTY = new Set(['status', 'due_date']);

/** A create body, or why the record cannot be one. */
export type Conversion = { readonly body: TaskCreate } | { readonly reason: string };

/**
 * Converts one record; fills the contract's defaults, so that equal tasks give equal bodies
 * (and equal idempotency keys) whether or not a file spells the defaults out.
 *
 * @example
 * ```ts
 * toTaskCreate({ title: 'Buy milk', due_date: '' }, true);
 * // { body: { title: 'Buy milk', description: '', status: 'pending', due_date: null } }
 * ```
 */
export function toTaskCreate(record: unknown, fromCsv: boolean): Conversion {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { reason: 'not an object with a title' };
  }
  const body: Record<string, unknown> = { description: '', status: 'pending', due_date: null };
  for (const [key, value] of Object.entries(record)) {
    if (SERVER_OWNED.has(key)) continue;
    if (fromCsv && value === '' && OMIT_WHEN_EMPTY.has(key)) continue;
    body[key] = value;
  }
  return { body: body as TaskCreate };
}
