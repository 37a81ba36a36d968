// The stateful differential test: random sequences of steps run on two targets side by
// side; after each step both observations must be equal. The first divergence throws, and
// fast-check shrinks the sequence to a minimal one that still diverges. With `events`, each
// side also holds a realtime socket per user, and after the sequence both sides' event
// streams must agree too (per user, per item: the only order asyncapi.yaml promises).
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { DivergenceError } from '../errors.ts';
import type { PropertySettings } from '../property/settings.ts';
import type { Target } from '../target.ts';
import { freshUserId } from '../users.ts';
import { closeEventSide, type EventSide, eventDifferences, eventDivergence, openEventSide } from './event-sides.ts';
import { Session, type StepResult } from './session.ts';
import { sequenceArbitrary } from './step-arbitrary.ts';
import { PRELUDE, type Step } from './steps.ts';

/** Options of {@link runDifferential}. */
export interface DifferentialOptions {
  /** Also generate requests without a token (401). */
  readonly unauthenticated?: boolean;
  /** Also compare the event streams of the realtime API (both targets need `realtime`). */
  readonly events?: boolean;
  /** Counts, by type, the events compared (those of the left target), so a run can show it compared some. */
  readonly eventTally?: Record<string, number>;
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
 * DivergenceError at the first step whose observations differ and, with `events`, when the
 * two event streams differ after the last step.
 *
 * @example
 * ```ts
 * await runSequence(mock, local, [{ op: 'hello' }], { events: true });
 * ```
 */
export async function runSequence(
  left: Target,
  right: Target,
  steps: readonly Step[],
  options: Pick<DifferentialOptions, 'events' | 'eventTally'> = {},
): Promise<void> {
  const users = [freshUserId(), freshUserId()] as const;
  const sides = [new Session(left, users), new Session(right, users)] as const;
  const history: string[] = [];
  const held: EventSide[] = [];
  try {
    if (options.events) for (const target of [left, right]) held.push(await openEventSide(target, users));
    for (const step of PRELUDE) {
      const [a, b] = [await sides[0].run(step), await sides[1].run(step)];
      if (!isDeepStrictEqual(a.observation, b.observation))
        throw divergence(left, right, 'the prelude', step, a, b, []);
    }
    for (const [index, step] of steps.entries()) {
      const a = await sides[0].run(step);
      const b = await sides[1].run(step);
      if (!isDeepStrictEqual(a.observation, b.observation)) {
        throw divergence(left, right, `step ${index + 1} of ${steps.length}`, step, a, b, history);
      }
      history.push(`${step.op} → ${a.observation.status}`);
    }
    const [mine, theirs] = held;
    if (mine === undefined || theirs === undefined) return;
    const differences = await eventDifferences(users, [mine, sides[0].labels], [theirs, sides[1].labels]);
    if (differences.length > 0) throw eventDivergence(left, right, steps, differences, history);
    for (const event of mine.sockets.flatMap((socket) => socket.events)) {
      if (options.eventTally) options.eventTally[event.type] = (options.eventTally[event.type] ?? 0) + 1;
    }
  } finally {
    for (const side of held) closeEventSide(side);
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
  // Only changes that take effect are heard: the event comparison runs the mix that makes more.
  const mix = options.events ? 'changes' : 'all';
  return fc.asyncProperty(sequenceArbitrary(options.unauthenticated ?? false, mix), (steps) =>
    runSequence(left, right, steps, options),
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
