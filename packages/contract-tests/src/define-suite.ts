// Registers the whole suite for one target: every scenario, then the property-based part.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { defineProperties } from './property/define-properties.ts';
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
