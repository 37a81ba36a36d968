// Due dates: the API speaks RFC 3339 instants, <input type="datetime-local"> local wall time.

/**
 * An API due date as the value of a datetime-local input ('' for none).
 *
 * @example
 * ```ts
 * toLocalInput('2026-12-01T17:00:00Z'); // '2026-12-01T18:00' in Berlin
 * ```
 */
export function toLocalInput(due: string | null): string {
  if (!due) return '';
  const date = new Date(due);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/**
 * A datetime-local value as an API due date (`null` for an empty input).
 *
 * @example
 * ```ts
 * fromLocalInput('2026-12-01T18:00'); // '2026-12-01T17:00:00.000Z' in Berlin
 * ```
 */
export const fromLocalInput = (value: string): string | null => (value ? new Date(value).toISOString() : null);

/**
 * A due date for people, in their locale.
 *
 * @example
 * ```ts
 * formatDue('2026-12-01T17:00:00Z'); // '1 Dec 2026, 18:00'
 * ```
 */
export const formatDue = (due: string): string =>
  new Date(due).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
