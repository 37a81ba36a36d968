// Registers the whole suite for one target: every scenario, then the property-based part;
// and, for a target that serves the realtime API, its scenarios.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { defineProperties } from './property/define-properties.ts';
import { REALTIME_SCENARIOS } from './scenarios/realtime-registry.ts';
import { SCENARIOS } from './scenarios/registry.ts';
import type { Target } from './target.ts';

/** Which parts to register. */
export interface SuiteOptions {
  /** Include the property-based part (default true). */
  readonly properties?: boolean;
}

/**
 * Registers `describe(target.name)` with the target's setup/teardown around every scenario
 * and the property-based part. Call it at the top level of a test file.
 *
 * @example
 * ```ts
 * // test/mock.test.ts
 * defineSuite(mockTarget());
 * ```
 */
export function defineSuite(target: Target, options: SuiteOptions = {}): void {
  describe(target.name, () => {
    beforeAll(async () => {
      await target.setup?.();
    });
    afterAll(async () => {
      await target.teardown?.();
    });
    for (const scenario of SCENARIOS) it(scenario.name, () => scenario.run(target));
    if (options.properties !== false) defineProperties(target);
  });
}

/**
 * Registers the realtime scenarios (asyncapi.yaml) in the current `describe`; call it where
 * the target is set up. A scenario the target cannot run is skipped, and the output says why.
 *
 * @example
 * ```ts
 * describe('local', () => {
 *   beforeAll(() => target.setup?.());
 *   defineRealtimeScenarios(target);
 * });
 * ```
 */
export function defineRealtimeScenarios(target: Target): void {
  for (const scenario of REALTIME_SCENARIOS) {
    const reason = target.realtime === undefined ? 'the target serves no realtime API' : scenario.unsupported(target);
    if (reason !== undefined) console.warn(`[${target.name}] skipped "${scenario.name}": ${reason}`);
    it.skipIf(reason !== undefined)(scenario.name, () => scenario.run(target));
  }
}
