import { describe, expect, it } from 'vitest';
import { responseValidators } from '../../src/generated/response-validators.ts';
import { type FailureKind, problemForFailure, RETRY_AFTER_SECONDS } from '../../src/http/index.ts';
import { operations, PROBLEM_KINDS } from '../../src/index.ts';

// The status each failure means (the behaviour, not the wording): `satisfies` makes a kind
// added to the module fail to compile here until its status is decided.
const statuses = {
  'not-found': 404,
  'no-route': 404,
  'version-conflict': 412,
  'invalid-cursor': 400,
  'idempotency-key-reused': 422,
  'request-in-progress': 409,
  'attachment-not-found': 404,
  'attachment-limit': 409,
  throttled: 503,
  'rate-limited': 429,
  internal: 500,
} satisfies Record<FailureKind, number>;

// Failures that share a status with another and so name their own kind; none waits to retry.
const OWN_KINDS: Partial<Record<FailureKind, { title: string }>> = {
  'attachment-limit': { title: 'The task has the most attachments it may have.' },
};

/** Whether openapi.yaml documents Retry-After as always present on some response with this status. */
const retryDocumented = (status: number) =>
  Object.values(operations).some((op) =>
    (op.responses as Record<number, { requiredHeaders: readonly string[] }>)[status]?.requiredHeaders.includes(
      'Retry-After',
    ),
  );

const validProblem = responseValidators['getTask 404 application/problem+json'];

describe('problemForFailure', () => {
  it.each(Object.entries(statuses) as [FailureKind, number][])(
    '%s → %i, a Problem the contract accepts',
    (kind, status) => {
      const { problem, headers } = problemForFailure(kind);
      const title = OWN_KINDS[kind]?.title ?? PROBLEM_KINDS[status as keyof typeof PROBLEM_KINDS].title;
      expect(problem).toMatchObject({ status, title });
      expect(problem.type).toMatch(/^https:\/\/serverless-todo\.dev\/problems\/[a-z-]+$/);
      expect(validProblem?.(problem), JSON.stringify(validProblem?.errors)).toBe(true);
      // A detail is a sentence of its own, never a fragment glued to the title.
      if (problem.detail !== undefined) expect(problem.detail).toMatch(/^[A-Z].*\.$/);
      // Retry-After exactly where the contract says answers carry it.
      expect('Retry-After' in headers).toBe(OWN_KINDS[kind] === undefined && retryDocumented(status));
    },
  );

  it('an invalid cursor is a validation error that points at the cursor', () => {
    const { problem } = problemForFailure('invalid-cursor');
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/query/cursor']);
    expect(problem.detail).toBe('The request has 1 invalid field.');
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
