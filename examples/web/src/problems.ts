// Turns a failed call into what the page shows: a sentence, plus the message of each field
// the API pointed at (problem+json `errors[].pointer`, e.g. `/title`).
import { isTodoApiError } from '@serverless-todo/client';

/** A failure as the page shows it. */
export interface ProblemView {
  readonly message: string;
  /** Field name (the pointer without its slash) → the API's detail. */
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * Describes `error` for a person.
 *
 * @example
 * ```ts
 * describeError(e); // { message: 'Your request is not valid.', fields: { title: 'must NOT have fewer than 1 characters' } }
 * ```
 */
export function describeError(error: unknown, apiUrl: string): ProblemView {
  if (isTodoApiError(error)) {
    const fields: Record<string, string> = {};
    // The first message per field is the clearest; the rest repeat it in other words.
    for (const e of error.errors) fields[e.pointer.replace(/^\//, '')] ??= e.detail;
    const detail = error.detail && error.errors.length === 0 ? ` ${error.detail}` : '';
    return { message: `${error.title}${detail} (${error.status})`, fields };
  }
  if (error instanceof TypeError) {
    return { message: `Cannot reach the API at ${apiUrl}. Is it running?`, fields: {} };
  }
  return { message: (error as Error)?.message ?? String(error), fields: {} };
}
