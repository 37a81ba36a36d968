// The SDK's one error class. An error response (any status >= 400, or a success whose body is
// not JSON) throws a TodoApiError. Failures without a response keep the types fetch itself
// uses, so existing handling works: a TypeError when the network failed (after the allowed
// retries), the caller's `signal.reason` (an AbortError) on abort, and a DOMException named
// TimeoutError when `timeoutMs` ran out, as with `AbortSignal.timeout`.
import type { Problem, ProblemFieldError } from '@serverless-todo/contract';

// `instanceof` compares prototypes, which differ when an app loads both the ESM and the CJS
// build (the dual-package hazard). A registered symbol is the same in every copy.
const BRAND = Symbol.for('@serverless-todo/client/TodoApiError');

/**
 * Tells whether a value is a {@link TodoApiError}, from either build of this package.
 *
 * @example
 * ```ts
 * try { await client.tasks.get('u1', id); } catch (e) { if (isTodoApiError(e) && e.status === 404) return null; throw e; }
 * ```
 */
export const isTodoApiError = (value: unknown): value is TodoApiError =>
  (value as { [BRAND]?: unknown } | null | undefined)?.[BRAND] === true;

/**
 * The API answered with an error. Carries the RFC 9457 problem fields; for a body that is not
 * a problem (a proxy's HTML 502) `type` is `about:blank`, `title` the status text and `detail`
 * the first 200 characters of the body.
 *
 * @example
 * ```ts
 * try { await client.tasks.update('u1', id, { status: 'done' }, { ifMatch: etag }); }
 * catch (e) { if (e instanceof TodoApiError && e.status === 412) reload(); else throw e; }
 * ```
 */
export class TodoApiError extends Error {
  // Brand, not prototype: true for a TodoApiError from either build (a subclass is not told apart).
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isTodoApiError(value);
  }
  declare readonly name: 'TodoApiError';
  /** The HTTP status. */
  declare readonly status: number;
  /** The problem type URI, or `about:blank` when the body was not a problem. */
  declare readonly type: string;
  /** A short summary of the problem type (or the status text). */
  declare readonly title: string;
  declare readonly detail?: string;
  declare readonly instance?: string;
  /** The offending fields of a validation error (400), each with a JSON pointer such as `/title`. */
  declare readonly errors: ProblemFieldError[];
  /** From the problem body or the `X-Request-Id` header: quote it in bug reports. */
  declare readonly requestId?: string;
  /** The response headers, e.g. to read `Retry-After`. */
  declare readonly headers: Headers;
  /** The parsed JSON body, or its text when it was not JSON. */
  declare readonly body: unknown;

  constructor({ status, statusText, headers }: Pick<Response, 'status' | 'statusText' | 'headers'>, body: unknown) {
    const json: Partial<Problem> = body && typeof body === 'object' ? body : {};
    const { type = 'about:blank', title = statusText || 'Error', instance, errors = [] } = json;
    // A body that is not JSON (a proxy's HTML 502) still says what went wrong.
    const detail = json.detail ?? (typeof body === 'string' ? body.slice(0, 200) : undefined);
    // "412 The task has changed since you read it. Read the task again…": a title that ends a
    // sentence is not followed by a colon.
    super(`${status} ${title}${detail ? (title.endsWith('.') ? ' ' : ': ') + detail : ''}`);
    const requestId = json.request_id ?? headers.get('x-request-id') ?? undefined;
    Object.assign(this, {
      name: 'TodoApiError',
      status,
      type,
      title,
      detail,
      instance,
      errors,
      requestId,
      headers,
      body,
      [BRAND]: true,
    });
  }
}
