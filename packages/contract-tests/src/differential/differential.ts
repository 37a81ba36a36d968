// The stateful differential test: random sequences of steps run on two targets side by
// side; after each step both observations must be equal. The first divergence throws, and
// fast-check shrinks the sequence to a minimal one that still diverges.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { DivergenceError } from '../errors.ts';
import type { PropertySettings } from '../property/settings.ts';
import type { Target } from '../target.ts';
import { freshUserId } from '../users.ts';
import { Session, type StepResult } from './session.ts';
import { sequenceArbitrary } from './step-arbitrary.ts';
import { PRELUDE, type Step } from './steps.ts';

/** Options of {@link runDifferential}. */
export interface DifferentialOptions {
  /** Also generate requests without a token (401). */
  readonly unauthenticated?: boolean;
}

const describeResult = (name: string, result: StepResult) =>
  `  ${name}: ${result.exchange.label}\n    → ${JSON.stringify(result.observation)}`;

function divergence(
  left: Target,
  right: Target,
  where: string,
  step: Step,
  a: StepResult,
  b: StepResult,
  history: readonly string[],
): DivergenceError {
  return new DivergenceError(
    [
      `${left.name} and ${right.name} diverge at ${where}: ${JSON.stringify(step)}`,
      describeResult(left.name, a),
      describeResult(right.name, b),
      `  after the prelude${history.length > 0 ? ` and: ${history.join('; ')}` : ''}`,
    ].join('\n'),
  );
}

/**
 * Runs the prelude and one sequence on both targets with fresh users; throws
 * DivergenceError at the first step whose observations differ.
 *
 * @example
 * ```ts
 * await runSequence(mock, local, [{ op: 'hello' }]);
 * ```
 */
export async function runSequence(left: Target, right: Target, steps: readonly Step[]): Promise<void> {
  const users = [freshUserId(), freshUserId()] as const;
  const sides = [new Session(left, users), new Session(right, users)] as const;
  const history: string[] = [];
  for (const step of PRELUDE) {
    const [a, b] = [await sides[0].run(step), await sides[1].run(step)];
    if (!isDeepStrictEqual(a.observation, b.observation)) throw divergence(left, right, 'the prelude', step, a, b, []);
  }
  for (const [index, step] of steps.entries()) {
    const a = await sides[0].run(step);
    const b = await sides[1].run(step);
    if (!isDeepStrictEqual(a.observation, b.observation)) {
      throw divergence(left, right, `step ${index + 1} of ${steps.length}`, step, a, b, history);
    }
    history.push(`${step.op} → ${a.observation.status}`);
  }
}

/**
 * The property: every generated sequence gets the same observations on both targets.
 *
 * @example
 * ```ts
 * const details = await fc.check(differentialProperty(mock, local), { seed: 1, numRuns: 100 });
 * ```
 */
export function differentialProperty(left: Target, right: Target, options: DifferentialOptions = {}) {
  return fc.asyncProperty(sequenceArbitrary(options.unauthenticated ?? false), (steps) =>
    runSequence(left, right, steps),
  );
}

/**
 * Checks `settings.runs` random sequences (seeded) on two targets.
 *
 * @example
 * ```ts
 * await runDifferential(mockTarget(), localTarget(), propertySettings());
 * ```
 */
export async function runDifferential(
  left: Target,
  right: Target,
  settings: PropertySettings,
  options: DifferentialOptions = {},
): Promise<void> {
  await fc.assert(differentialProperty(left, right, options), {
    seed: settings.seed,
    numRuns: settings.runs,
    includeErrorInReport: true,
  });
}
