// Registers the property-based part for one target: per operation, RUNS generated valid
// requests (all accepted) and RUNS generated invalid ones (all answered with the contract's
// 4xx problem). No response may be ≥ 500; conformance is checked on every one by the client.
import { type OperationId, operations } from '@serverless-todo/contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Target } from '../target.ts';
import { checkInvalid, checkValid } from './checks.ts';
import { invalidDrafts } from './invalid.ts';
import { type LiveState, prepareLive } from './live.ts';
import { propertySettings } from './settings.ts';
import { validDrafts } from './valid.ts';

const OPERATION_IDS = Object.keys(operations) as OperationId[];

/**
 * Adds a `property-based` describe block to the current suite.
 *
 * @example
 * ```ts
 * describe('mock', () => defineProperties(target));
 * ```
 */
export function defineProperties(target: Target): void {
  const { seed, runs } = propertySettings();
  describe(`property-based (seed ${seed}, ${runs} runs each)`, () => {
    let live: LiveState;
    beforeAll(async () => {
      live = await prepareLive(target);
    });
    afterAll(() => {
      if (!live) return;
      const statuses = Object.fromEntries([...live.statuses].sort(([a], [b]) => a - b));
      const total = [...live.statuses.values()].reduce((a, b) => a + b, 0);
      const errors = [...live.statuses].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
      console.log(
        `[${target.name}] property part: ${total} generated requests, statuses ${JSON.stringify(statuses)}, ${errors} ≥ 500`,
      );
    });
    for (const op of OPERATION_IDS) {
      const success = operations[op].successStatus;
      it(`${op}: ${runs} generated valid requests → ${success}`, async () => {
        const arbitrary = validDrafts(live)[op];
        await fc.assert(
          fc.asyncProperty(arbitrary, (draft) => checkValid(live, draft)),
          { seed, numRuns: runs, includeErrorInReport: true },
        );
      });
      // getHello declares no input at all, so no request to it is invalid (see the README).
      if (op === 'getHello') continue;
      it(`${op}: ${runs} generated invalid requests → the contract's 4xx problem`, async () => {
        const arbitrary = invalidDrafts(op, validDrafts(live)[op], live);
        if (arbitrary === null) throw new Error(`no mutations are defined for ${op}`);
        await fc.assert(
          fc.asyncProperty(arbitrary, (draft) => checkInvalid(live, draft)),
          { seed, numRuns: runs, includeErrorInReport: true },
        );
      });
    }
  });
}
