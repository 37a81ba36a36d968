// Scenario assertions that name the exchange they are about. A bare `expected 200 to be
// 404` says nothing about which of a scenario's fifty requests went wrong; these say the
// operation, the request and both values.
import { isDeepStrictEqual } from 'node:util';
import type { Problem } from '@serverless-todo/contract';
import { UnexpectedResponseError } from '../errors.ts';
import type { Exchange } from './api-client.ts';

/** What an assertion is about: one exchange, or several described by one label. */
export type Subject = Pick<Exchange, 'label' | 'status' | 'body'>;

const show = (value: unknown) => {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 600 ? `${text.slice(0, 600)}…` : text;
};

/**
 * Throws unless the exchange's status is one of `statuses`.
 *
 * @example
 * ```ts
 * expectStatus(await api.send({ operationId: 'getTask', path }), 404);
 * ```
 */
export function expectStatus(exchange: Subject, ...statuses: number[]): void {
  if (statuses.includes(exchange.status)) return;
  throw new UnexpectedResponseError(
    `${exchange.label}\n  → ${exchange.status}, expected ${statuses.join(' or ')}\n  body: ${show(exchange.body)}`,
  );
}

/**
 * Throws unless `actual` deep-equals `expected`; `what` names the compared part.
 *
 * @example
 * ```ts
 * expectEqual(res, 'ETag', res.headers.get('etag'), '"2"');
 * ```
 */
export function expectEqual(exchange: Subject, what: string, actual: unknown, expected: unknown): void {
  if (isDeepStrictEqual(actual, expected)) return;
  throw new UnexpectedResponseError(
    `${exchange.label}\n  → ${exchange.status}: ${what} is ${show(actual)}, expected ${show(expected)}`,
  );
}

/**
 * Throws unless `condition` holds; `what` says what should have been true.
 *
 * @example
 * ```ts
 * expectThat(page, 'the page holds at most 7 tasks', tasks.length <= 7);
 * ```
 */
export function expectThat(exchange: Subject, what: string, condition: boolean): void {
  if (condition) return;
  throw new UnexpectedResponseError(
    `${exchange.label}\n  → ${exchange.status}: expected ${what}\n  body: ${show(exchange.body)}`,
  );
}

/**
 * The distinct JSON pointers of a problem's `errors[]`, sorted (the API promises no order).
 *
 * @example
 * ```ts
 * pointersOf({ errors: [{ pointer: '/title', detail: 'a' }, { pointer: '/title', detail: 'b' }] }); // ['/title']
 * ```
 */
export const pointersOf = (body: unknown): string[] =>
  [...new Set(((body as Problem | undefined)?.errors ?? []).map((e) => e.pointer))].sort();

/**
 * A problem's `errors[]` as sorted `pointer: detail` lines, for exact comparison.
 *
 * @example
 * ```ts
 * errorLinesOf({ errors: [{ pointer: '/title', detail: 'is required' }] }); // ['/title: is required']
 * ```
 */
export const errorLinesOf = (body: unknown): string[] =>
  ((body as Problem | undefined)?.errors ?? []).map((e) => `${e.pointer}: ${e.detail}`).sort();

/**
 * Throws unless the exchange is a problem with `status` and, when given, exactly these pointers.
 *
 * @example
 * ```ts
 * expectProblem(res, 400, ['/query/limit']);
 * ```
 */
export function expectProblem(exchange: Subject, status: number, pointers?: readonly string[]): void {
  expectStatus(exchange, status);
  if (pointers !== undefined)
    expectEqual(exchange, 'errors[].pointer', pointersOf(exchange.body), [...pointers].sort());
}
