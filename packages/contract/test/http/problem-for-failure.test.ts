import { describe, expect, it } from 'vitest';
import { responseValidators } from '../../src/generated/response-validators.ts';
import { type FailureKind, problemForFailure, RETRY_AFTER_SECONDS } from '../../src/http/index.ts';
import { PROBLEM_KINDS } from '../../src/index.ts';

interface Want {
  readonly status: number;
  readonly detail?: string;
  readonly errors?: readonly { pointer: string; detail: string }[];
  readonly retryAfter?: string;
}

// `satisfies Record<FailureKind, …>`: a kind added to the module fails to compile here until
// its answer is written down.
const answers = {
  'not-found': { status: 404 },
  'no-route': { status: 404, detail: 'No route matches this method and path.' },
  'version-conflict': { status: 412, detail: 'Read the task again and retry with its current ETag.' },
  'invalid-cursor': {
    status: 400,
    detail: 'The request has 1 invalid field.',
    errors: [{ pointer: '/query/cursor', detail: 'The cursor is not one this API issued for this list.' }],
  },
  'idempotency-key-reused': { status: 422, detail: 'Use a new Idempotency-Key for a different request.' },
  'request-in-progress': { status: 409, retryAfter: '1' },
  throttled: { status: 503, detail: 'Nothing was written.', retryAfter: '1' },
  'rate-limited': { status: 429, retryAfter: '1' },
  internal: { status: 500 },
} satisfies Record<FailureKind, Want>;

const validProblem = responseValidators['getTask 404 application/problem+json'];

describe('problemForFailure', () => {
  it.each(Object.entries(answers) as [FailureKind, Want][])('%s', (kind, want) => {
    const { problem, headers } = problemForFailure(kind);
    const title = PROBLEM_KINDS[want.status as keyof typeof PROBLEM_KINDS].title;
    expect(problem).toEqual({
      type: expect.stringMatching(/^https:\/\/serverless-todo\.dev\/problems\//),
      title,
      status: want.status,
      ...(want.detail !== undefined && { detail: want.detail }),
      ...(want.errors !== undefined && { errors: want.errors }),
    });
    expect(headers).toEqual(want.retryAfter === undefined ? {} : { 'Retry-After': want.retryAfter });
    expect(validProblem?.(problem), JSON.stringify(validProblem?.errors)).toBe(true);
  });

  it('waits RETRY_AFTER_SECONDS unless told otherwise', () => {
    expect(problemForFailure('throttled').headers['Retry-After']).toBe(String(RETRY_AFTER_SECONDS));
    expect(problemForFailure('rate-limited', { retryAfter: 7 }).headers['Retry-After']).toBe('7');
    expect(problemForFailure('not-found', { retryAfter: 7 }).headers).toEqual({});
  });

  it('hands out copies: editing one answer does not change the next', () => {
    const first = problemForFailure('invalid-cursor').problem;
    (first.errors as { detail: string }[])[0]!.detail = 'edited';
    expect(problemForFailure('invalid-cursor').problem.errors?.[0]?.detail).toBe(
      'The cursor is not one this API issued for this list.',
    );
  });
});
