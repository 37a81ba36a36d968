// DynamoDB throttling that outlived the SDK's own retries. The handler answers it with 503
// and Retry-After: the request wrote nothing and may be retried as is.

/** Error names DynamoDB uses for throttling (table, index, account or control plane). */
const THROTTLING_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
]);

/** How deep to follow `cause` links: wrappers (idempotency layer) add one or two. */
const MAX_CAUSE_DEPTH = 5;

/**
 * Whether `error`, or an error it wraps as `cause`, is DynamoDB throttling.
 *
 * @example
 * ```ts
 * isThrottlingError(Object.assign(new Error('slow down'), { name: 'ThrottlingException' })); // true
 * ```
 */
export function isThrottlingError(error: unknown): boolean {
  let current = error;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && current instanceof Error; depth++) {
    if (THROTTLING_NAMES.has(current.name)) return true;
    current = current.cause;
  }
  return false;
}

/**
 * Whether a DynamoDB call failed its ConditionExpression.
 *
 * @example
 * ```ts
 * if (isConditionFailed(error)) throw new TaskNotFoundError();
 * ```
 */
export function isConditionFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}
