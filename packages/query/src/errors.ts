// What a failed query or mutation means for an app: a conflict to resolve, a session to renew,
// fields to mark. The SDK's TodoApiError carries the problem; these name the states.
import { isTodoApiError, type TaskResult, type TaskUpdate, type TodoApiError } from '@serverless-todo/client';

/**
 * A write met a 412: the task changed on the server since it was read. `current` is the
 * server's task, fetched right after the 412 (`null` when it has been deleted meanwhile), and
 * `yours` the change that was refused (`null` for a delete). The cache already holds `current`.
 *
 * @example
 * ```ts
 * onError: (error) => {
 *   if (error instanceof TaskConflictError) showConflict({ theirs: error.current?.task, yours: error.yours });
 * }
 * ```
 */
export class TaskConflictError extends Error {
  override readonly name = 'TaskConflictError';
  readonly status = 412 as const;
  declare readonly cause: TodoApiError;

  constructor(
    readonly taskId: string,
    readonly current: TaskResult | null,
    readonly yours: TaskUpdate | null,
    cause: TodoApiError,
  ) {
    super(`${taskId} changed elsewhere (412)`, { cause });
  }
}

/**
 * Tells whether a write was refused because the task changed elsewhere.
 *
 * @example
 * ```ts
 * if (isTaskConflictError(mutation.error)) console.log(mutation.error.current);
 * ```
 */
export const isTaskConflictError = (error: unknown): error is TaskConflictError => error instanceof TaskConflictError;

/**
 * Tells whether `error` is the API's answer with this status.
 *
 * @example
 * ```ts
 * if (hasStatus(error, 404)) return null;
 * ```
 */
export const hasStatus = <S extends number>(
  error: unknown,
  status: S,
): error is TodoApiError & { readonly status: S } => isTodoApiError(error) && error.status === status;

/**
 * Tells whether the API refused the token (401): missing, expired or forged. Sign in again.
 *
 * @example
 * ```ts
 * new QueryCache({ onError: (error) => isUnauthorizedError(error) && signOut('Your session expired') });
 * ```
 */
export const isUnauthorizedError = (error: unknown): error is TodoApiError & { readonly status: 401 } =>
  hasStatus(error, 401);

/**
 * The field errors of a validation problem (400), keyed by field name (`title` for the
 * pointer `/title`); the first message of each field. Empty for any other error.
 *
 * @example
 * ```ts
 * fieldErrors(create.error).title; // 'must be at least 1 character'
 * ```
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (isTodoApiError(error)) for (const { pointer, detail } of error.errors) fields[pointer.slice(1)] ??= detail;
  return fields;
}
