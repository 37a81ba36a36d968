// The one place where failures become HTTP problems. Domain errors map to their status;
// throttling that outlived the SDK's retries maps to 503; anything else is a 500 whose body
// says only that something failed (the detail goes to the log).
import type { ProblemFieldError, ProblemStatus } from '@serverless-todo/contract';
import { isThrottlingError } from '../dynamo/throttling.ts';
import {
  IdempotencyKeyReusedError,
  InvalidCursorError,
  RequestInProgressError,
  TaskNotFoundError,
  VersionConflictError,
} from '../errors.ts';

/** How to answer a failure. */
export interface ErrorOutcome {
  readonly status: ProblemStatus;
  readonly detail?: string;
  readonly errors?: readonly ProblemFieldError[];
  /** Seconds for Retry-After, when retrying later can succeed. */
  readonly retryAfter?: number;
  /** Whether the failure is the server's fault and must be logged with its detail. */
  readonly unexpected: boolean;
}

/** Seconds a client should wait after throttling or an in-flight duplicate. */
export const RETRY_AFTER_SECONDS = 1;

/**
 * Maps an error thrown by a handler's repository work to its HTTP answer.
 *
 * @example
 * ```ts
 * errorOutcome(new TaskNotFoundError()); // { status: 404, unexpected: false }
 * ```
 */
export function errorOutcome(error: unknown): ErrorOutcome {
  if (error instanceof TaskNotFoundError) return { status: 404, unexpected: false };
  if (error instanceof VersionConflictError) {
    return { status: 412, detail: 'Read the task again and retry with its current ETag.', unexpected: false };
  }
  if (error instanceof InvalidCursorError) {
    return {
      status: 400,
      detail: 'The request has 1 invalid field.',
      errors: [{ pointer: '/query/cursor', detail: error.message }],
      unexpected: false,
    };
  }
  if (error instanceof IdempotencyKeyReusedError) {
    return { status: 422, detail: 'Use a new Idempotency-Key for a different request.', unexpected: false };
  }
  if (error instanceof RequestInProgressError) {
    return { status: 409, retryAfter: RETRY_AFTER_SECONDS, unexpected: false };
  }
  if (isThrottlingError(error)) {
    return { status: 503, detail: 'Nothing was written.', retryAfter: RETRY_AFTER_SECONDS, unexpected: false };
  }
  return { status: 500, unexpected: true };
}
