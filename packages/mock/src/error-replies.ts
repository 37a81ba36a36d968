// The one place where this package's domain failures are named; how each is answered
// (status, detail, Retry-After) is the contract's `problemForFailure`, shared with the Lambda
// handlers, so mock and API bodies compare equal apart from the request id.
import { type FailureKind, problemForFailure } from '@serverless-todo/contract/http';
import type { HttpResponse } from 'msw';
import {
  AttachmentLimitError,
  AttachmentNotFoundError,
  IdempotencyInProgressError,
  IdempotencyKeyReusedError,
  InvalidCursorError,
  TaskNotFoundError,
  VersionConflictError,
} from './errors.ts';
import { problemBodyReply, type ReplyContext } from './reply.ts';

/** The failure kind of a domain error, or null when `error` is not one (a bug in the mock). */
function failureKind(error: unknown): FailureKind | null {
  if (error instanceof TaskNotFoundError) return 'not-found';
  if (error instanceof AttachmentNotFoundError) return 'attachment-not-found';
  if (error instanceof AttachmentLimitError) return 'attachment-limit';
  if (error instanceof VersionConflictError) return 'version-conflict';
  if (error instanceof InvalidCursorError) return 'invalid-cursor';
  if (error instanceof IdempotencyKeyReusedError) return 'idempotency-key-reused';
  if (error instanceof IdempotencyInProgressError) return 'request-in-progress';
  return null;
}

/**
 * The problem response of a failure kind (with its Retry-After, `retryAfter` seconds when given).
 *
 * @example
 * ```ts
 * failureReply(reply, 'no-route'); // 404, "No route matches this method and path."
 * ```
 */
export function failureReply(
  context: ReplyContext,
  kind: FailureKind,
  options: { readonly retryAfter?: number } = {},
): HttpResponse<string> {
  const { problem, headers } = problemForFailure(kind, options);
  return problemBodyReply(context, problem, headers);
}

/**
 * The problem response for a domain failure, or null when `error` is not one (a bug: 500).
 *
 * @example
 * ```ts
 * errorReply(reply, new TaskNotFoundError())?.status; // 404
 * ```
 */
export function errorReply(context: ReplyContext, error: unknown): HttpResponse<string> | null {
  const kind = failureKind(error);
  return kind === null ? null : failureReply(context, kind);
}
