// The request generators, judged by the contract's own validator: valid drafts are valid,
// invalid drafts are invalid and reach every kind of rejection. (The property runs assert
// validity on every request they send too; this pins it down without a target.)
import { type OperationId, operations } from '@serverless-todo/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validationOf } from '../src/http/oracle.ts';
import { type LiveIds, resolve, toApiRequest } from '../src/property/draft.ts';
import { invalidDrafts, MUTATIONS } from '../src/property/invalid.ts';
import { validDrafts } from '../src/property/valid.ts';
import { extraHeaders, extraQuery } from '../src/property/valid-fields.ts';

const live: LiveIds = {
  user: 'u-1',
  readTaskId: '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70',
  cursors: { all: 'Y3Vyc29y', pending: 'cGVuZGluZw', in_progress: 'aW5fcHJvZ3Jlc3M', done: 'ZG9uZQ' },
};
const values = { taskId: '0a0b0c0d-1111-4222-8333-444455556666', version: 3, nonce: 1 };
const OPS = Object.keys(operations) as OperationId[];
const SAMPLES = 200;

describe.each(OPS)('%s', (op) => {
  it(`${SAMPLES} sampled valid drafts pass validateRequest`, async () => {
    for (const draft of fc.sample(validDrafts(live)[op], { seed: 1, numRuns: SAMPLES })) {
      const verdict = await validationOf(resolve(toApiRequest(draft), values));
      expect(verdict.ok ? 'valid' : verdict.problem.errors).toBe('valid');
    }
  });
});

// getHello has no invalid requests: see the last test.
describe.each(OPS.filter((op) => op !== 'getHello'))('%s', (op) => {
  it(`${SAMPLES} sampled invalid drafts fail validateRequest`, async () => {
    const arbitrary = invalidDrafts(op, validDrafts(live)[op], live);
    const statuses = new Set<number>();
    for (const draft of fc.sample(arbitrary as fc.Arbitrary<never>, { seed: 1, numRuns: SAMPLES })) {
      const verdict = await validationOf(resolve(toApiRequest(draft), values));
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) statuses.add(verdict.problem.status);
    }
    const body = operations[op].body !== null;
    expect([...statuses].sort()).toEqual(body ? [400, 413, 415] : [400]);
  });
});

it('getHello has no invalid request: it declares no input and ignores any other', async () => {
  expect(MUTATIONS.getHello).toEqual([]);
  await fc.assert(
    fc.asyncProperty(extraQuery, extraHeaders, async (query, headers) => {
      expect((await validationOf({ operationId: 'getHello', query, headers })).ok).toBe(true);
    }),
    { seed: 1, numRuns: 100 },
  );
});
