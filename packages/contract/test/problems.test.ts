import { describe, expect, it } from 'vitest';
import { responseValidators } from '../src/generated/response-validators.ts';
import { PROBLEM_KINDS, type ProblemStatus, problem } from '../src/index.ts';

const validProblem = responseValidators['getTask 404 application/problem+json'];

describe('problem', () => {
  it.each(Object.keys(PROBLEM_KINDS).map(Number) as ProblemStatus[])(
    'builds a contract-valid problem for %i',
    (status) => {
      const built = problem(status, { detail: 'd', instance: '/x', requestId: 'r-1' });
      expect(built.status).toBe(status);
      expect(built.type).toMatch(/^https:\/\/serverless-todo\.dev\/problems\/[a-z-]+$/);
      expect(validProblem?.(built), JSON.stringify(validProblem?.errors)).toBe(true);
    },
  );

  it('caps errors at the contract maxItems and drops an empty list', () => {
    const many = Array.from({ length: 150 }, (_, i) => ({ pointer: `/f${i}`, detail: 'bad' }));
    expect(problem(400, { errors: many }).errors).toHaveLength(100);
    expect(problem(400, { errors: [] })).not.toHaveProperty('errors');
  });
});
