// Turns a failure into the sentence the page shows. Field errors are read separately, with
// fieldErrors() from @serverless-todo/query, and shown next to their inputs.
import { isTodoApiError } from '@serverless-todo/client';

/**
 * Describes `error` for a person.
 *
 * @example
 * ```ts
 * describeError(error, apiUrl); // 'Service Unavailable (503). Nothing was written. The API asks to retry in 1 s.'
 * ```
 */
export function describeError(error: unknown, apiUrl: string): string {
  if (isTodoApiError(error)) {
    const detail = error.detail && error.errors.length === 0 ? ` ${error.detail}` : '';
    const retryAfter = error.headers.get('retry-after');
    const retry = retryAfter ? ` The API asks to retry in ${retryAfter} s.` : '';
    return `${error.title} (${error.status})${detail}${retry}`;
  }
  if (error instanceof TypeError) return `Cannot reach the API at ${apiUrl}. Is it running?`;
  return (error as Error)?.message ?? String(error);
}
