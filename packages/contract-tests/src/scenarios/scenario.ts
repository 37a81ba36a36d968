import type { Target } from '../target.ts';

/** One scenario: a self-contained check of the API, run once per target. */
export type ScenarioFn = (target: Target) => Promise<void>;

/** A scenario with the name its test shows. */
export interface Scenario {
  readonly name: string;
  readonly run: ScenarioFn;
}
