// How each failure the API knows of is answered: status, detail text, field pointers and
// Retry-After. The Lambda handlers, the mock and (for the gateway's own answers) the tests of
// template.yaml read this one table, so a failure looks the same wherever it happens. Each
// package keeps its own error classes, since what raises a failure differs (a DynamoDB
// condition, an in-memory store); it names the failure's kind here to get the answer.
import { attachmentLimits } from '../generated/limits.ts';
import type { Problem } from '../generated/schemas.ts';
import { type ProblemDetails, type ProblemStatus, problem } from '../problems.ts';
import { RETRY_AFTER_SECONDS } from './retry-after.ts';

interface FailureRule extends Pick<ProblemDetails, 'detail' | 'errors' | 'kind'> {
  readonly status: ProblemStatus;
  /** Whether the same request can succeed later, so the answer carries Retry-After. */
  readonly retry?: true;
}

const FAILURES = {
  /** No task with this id for this user (never created, or deleted). */
  'not-found': { status: 404 },
  /** The gateway found no operation for the method and path. */
  'no-route': { status: 404, detail: 'No route matches this method and path.' },
  /** `If-Match` named a version that is no longer current. */
  'version-conflict': { status: 412, detail: 'Read the task again and retry with its current ETag.' },
  /** A list cursor this API did not issue for this user and filter: worded as a validation error. */
  'invalid-cursor': {
    status: 400,
    detail: 'The request has 1 invalid field.',
    errors: [{ pointer: '/query/cursor', detail: 'The cursor is not one this API issued for this list.' }],
  },
  /** The Idempotency-Key was used before with another body. */
  'idempotency-key-reused': { status: 422, detail: 'Use a new Idempotency-Key for a different request.' },
  /** No attachment with this id on this task (never created, deleted, or its task deleted). */
  'attachment-not-found': { status: 404, detail: 'No such attachment on this task.' },
  /** The task already holds the most attachments openapi.yaml allows. */
  'attachment-limit': {
    status: 409,
    kind: { slug: 'attachment-limit', title: 'The task has the most attachments it may have.' },
    detail: `A task holds at most ${attachmentLimits.maxPerTask} attachments; delete one first.`,
  },
  /** A request with this Idempotency-Key is still being processed. */
  'request-in-progress': { status: 409, retry: true },
  /** DynamoDB throttling that outlived the SDK's retries: the request wrote nothing. */
  throttled: { status: 503, detail: 'Nothing was written.', retry: true },
  /** The gateway's rate limit. */
  'rate-limited': { status: 429, retry: true },
  /** Anything else: the body says only that something failed; the detail goes to the log. */
  internal: { status: 500 },
} as const satisfies Record<string, FailureRule>;

/** A failure the API answers in a known way. */
export type FailureKind = keyof typeof FAILURES;

/** The body and extra headers of a failure's answer. */
export interface FailureAnswer {
  /** Without `request_id`: the responder stamps its own. */
  readonly problem: Problem;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * The problem and headers that answer a failure.
 *
 * @example
 * ```ts
 * problemForFailure('throttled');
 * // { problem: { status: 503, detail: 'Nothing was written.', … }, headers: { 'Retry-After': '1' } }
 * problemForFailure('rate-limited', { retryAfter: 5 }).headers; // { 'Retry-After': '5' }
 * ```
 */
export function problemForFailure(kind: FailureKind, options: { readonly retryAfter?: number } = {}): FailureAnswer {
  const rule: FailureRule = FAILURES[kind];
  const headers: Record<string, string> = {};
  if (rule.retry) headers['Retry-After'] = String(options.retryAfter ?? RETRY_AFTER_SECONDS);
  // Copies of the table's field errors, so a caller that edits its answer cannot edit the rule.
  const errors = rule.errors?.map((error) => ({ ...error }));
  return { problem: problem(rule.status, { kind: rule.kind, detail: rule.detail, errors }), headers };
}
