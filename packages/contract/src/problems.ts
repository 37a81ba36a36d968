// The Problem documents (RFC 9457) this API answers errors with. Server, mocks and local
// gateway all build them here, so a given failure looks the same wherever it happens.
import type { Problem, ProblemFieldError } from './generated/schemas.ts';

/** Base of every problem `type` URI; the slug after it names the failure. */
export const PROBLEM_TYPE_BASE = 'https://serverless-todo.dev/problems/';

/** The problem kinds of the API, by HTTP status. */
export const PROBLEM_KINDS = {
  400: { slug: 'validation-error', title: 'Your request is not valid.' },
  401: { slug: 'unauthorized', title: 'A valid bearer token is required.' },
  403: { slug: 'forbidden', title: 'You may not access this user’s tasks.' },
  404: { slug: 'not-found', title: 'The resource does not exist.' },
  409: { slug: 'request-in-progress', title: 'A request with this Idempotency-Key is still in progress.' },
  412: { slug: 'precondition-failed', title: 'The task has changed since you read it.' },
  413: { slug: 'content-too-large', title: 'The request body is too large.' },
  415: { slug: 'unsupported-media-type', title: 'The request body must be application/json.' },
  422: { slug: 'idempotency-key-reused', title: 'This Idempotency-Key was used with a different request.' },
  429: { slug: 'too-many-requests', title: 'Too many requests.' },
  500: { slug: 'internal-error', title: 'Something went wrong on our side.' },
  502: { slug: 'bad-gateway', title: 'The function returned an invalid response.' },
  503: { slug: 'service-unavailable', title: 'The service is busy. Retry later.' },
  504: { slug: 'gateway-timeout', title: 'The function did not answer in time.' },
} as const;

/** A status that has a problem kind. */
export type ProblemStatus = keyof typeof PROBLEM_KINDS;

/** The media type of every error body. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Optional parts of a problem. */
export interface ProblemDetails {
  /** A kind other than the status's own, for a status that answers more than one failure (409). */
  readonly kind?: { readonly slug: string; readonly title: string };
  readonly detail?: string;
  readonly instance?: string;
  readonly requestId?: string;
  readonly errors?: readonly ProblemFieldError[];
}

/**
 * Builds the Problem for a status.
 *
 * @example
 * ```ts
 * problem(404, { instance: '/users/u1/tasks/t1', requestId: 'r-1' });
 * // { type: '…/problems/not-found', title: 'The resource does not exist.', status: 404, … }
 * ```
 */
export function problem(status: ProblemStatus, details: ProblemDetails = {}): Problem {
  const kind = details.kind ?? PROBLEM_KINDS[status];
  const result: Problem = { type: PROBLEM_TYPE_BASE + kind.slug, title: kind.title, status };
  if (details.detail !== undefined) result.detail = details.detail;
  if (details.instance !== undefined) result.instance = details.instance;
  if (details.requestId !== undefined) result.request_id = details.requestId;
  if (details.errors !== undefined && details.errors.length > 0) result.errors = details.errors.slice(0, 100);
  return result;
}
