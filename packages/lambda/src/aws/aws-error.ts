// The one error type of the lean AWS layer. `name` is the AWS error code, as the SDK names
// its exceptions, so callers (and Powertools) that test `error.name` work unchanged.

/** Error codes AWS services use for throttling (DynamoDB table/index/account, S3, API Gateway). */
const THROTTLING_CODES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'Throttling',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'SlowDown',
  'RequestThrottled',
]);

/**
 * A call AWS answered with an error, or that timed out.
 *
 * @example
 * ```ts
 * try { await dynamodb.put(input); } catch (e) { if (e instanceof AwsError && e.name === 'ConditionalCheckFailedException') … }
 * ```
 */
export class AwsError extends Error {
  /** The HTTP status AWS answered with (0 when no answer came). */
  readonly status: number;
  /** The error body's other fields (DynamoDB's `CancellationReasons`, …). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: string, message: string, status: number, details: Record<string, unknown> = {}) {
    super(message);
    this.name = code;
    this.status = status;
    this.details = details;
  }

  /** Whether the service asked the caller to slow down. */
  get throttling(): boolean {
    return THROTTLING_CODES.has(this.name);
  }
}

/** Socket errors after which the same request may be sent again (the SDK's transient set). */
const TRANSIENT_NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT']);

/**
 * Whether a failed attempt may be retried: throttling, a 5xx, a timeout or a dropped
 * connection. Like the SDK's standard mode, a retried write may have happened already;
 * the callers' writes are conditional for that reason.
 *
 * @example
 * ```ts
 * isRetryable(new AwsError('InternalServerError', 'x', 500)); // true
 * ```
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof AwsError) return error.throttling || error.status >= 500 || error.name === 'TimeoutError';
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TRANSIENT_NETWORK_CODES.has(code);
}
