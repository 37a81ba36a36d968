// The one place where domain failures become HTTP statuses, so every operation maps the
// same failure to the same problem.
import type { HttpResponse } from 'msw';
import {
  IdempotencyInProgressError,
  IdempotencyKeyReusedError,
  InvalidCursorError,
  TaskNotFoundError,
  VersionConflictError,
} from './errors.ts';
import { problemReply, type ReplyContext } from './reply.ts';

/** Seconds a client should wait before retrying a create whose key is still in flight. */
export const RETRY_AFTER_SECONDS = 1;

/**
 * The problem response for a domain failure, or null when `error` is not one (a bug: 500).
 * Statuses, details and headers are the Lambda handlers', so mock and API bodies compare equal
 * apart from the request id.
 */
export function errorReply(context: ReplyContext, error: unknown): HttpResponse<string> | null {
  if (error instanceof TaskNotFoundError) return problemReply(context, 404);
  if (error instanceof VersionConflictError) {
    return problemReply(context, 412, { detail: 'Read the task again and retry with its current ETag.' });
  }
  if (error instanceof InvalidCursorError) {
    // Worded like the contract's validation problems, since a bad cursor is invalid input.
    return problemReply(context, 400, {
      detail: 'The request has 1 invalid field.',
      errors: [{ pointer: '/query/cursor', detail: error.message }],
    });
  }
  if (error instanceof IdempotencyKeyReusedError) {
    return problemReply(context, 422, { detail: 'Use a new Idempotency-Key for a different request.' });
  }
  if (error instanceof IdempotencyInProgressError) {
    return problemReply(context, 409, {}, { 'Retry-After': String(RETRY_AFTER_SECONDS) });
  }
  return null;
}
