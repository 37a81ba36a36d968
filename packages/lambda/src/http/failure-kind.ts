// The one place where this package's failures are named: domain errors by their class,
// throttling that outlived the SDK's retries by the SDK's error names, and anything else as
// internal. How each kind is answered (status, detail, Retry-After) is the contract's
// `problemForFailure`, shared with the mock.
import type { FailureKind } from '@serverless-todo/contract/http';
import { isThrottlingError } from '../dynamo/throttling.ts';
import {
  AttachmentLimitError,
  AttachmentNotFoundError,
  IdempotencyKeyReusedError,
  InvalidCursorError,
  RequestInProgressError,
  TaskNotFoundError,
  VersionConflictError,
} from '../errors.ts';

/**
 * The kind of failure an error thrown by a handler's work stands for.
 *
 * @example
 * ```ts
 * failureKind(new TaskNotFoundError()); // 'not-found'
 * failureKind(new TypeError('x')); // 'internal': a 500, logged with its detail
 * ```
 */
export function failureKind(error: unknown): FailureKind {
  if (error instanceof TaskNotFoundError) return 'not-found';
  if (error instanceof AttachmentNotFoundError) return 'attachment-not-found';
  if (error instanceof AttachmentLimitError) return 'attachment-limit';
  if (error instanceof VersionConflictError) return 'version-conflict';
  if (error instanceof InvalidCursorError) return 'invalid-cursor';
  if (error instanceof IdempotencyKeyReusedError) return 'idempotency-key-reused';
  if (error instanceof RequestInProgressError) return 'request-in-progress';
  if (isThrottlingError(error)) return 'throttled';
  return 'internal';
}
