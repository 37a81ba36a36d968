// How much the property-based parts run, from the environment: a fixed seed by default so CI
// is reproducible, FC_SEED to explore (or replay a reported failure), CONTRACT_RUNS to scale.
// The differential test of event streams waits for the local API's streams after every
// sequence (their batching windows are up to a second), so it runs a fifth as many.
import { ConfigurationError } from '../errors.ts';

/** The seed CI runs with. Any integer works; this one is just fixed. */
export const DEFAULT_SEED = 20_261_126;
/** Generated requests per operation and kind (valid / invalid), and differential sequences. */
export const DEFAULT_RUNS = 100;

/** Differential sequences with event streams compared, per CONTRACT_RUNS. */
export const EVENT_RUNS_SHARE = 5;

/** Seed and run counts of the property-based parts. */
export interface PropertySettings {
  readonly seed: number;
  readonly runs: number;
  /** Differential sequences whose event streams are compared too (CONTRACT_EVENT_RUNS, default runs / 5). */
  readonly eventRuns: number;
}

const integer = (name: string, raw: string | undefined, fallback: number, min: number) => {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new ConfigurationError(`${name} must be an integer ≥ ${min}, got ${JSON.stringify(raw)}`);
  }
  return value;
};

/**
 * Reads FC_SEED, CONTRACT_RUNS and CONTRACT_EVENT_RUNS.
 *
 * @example
 * ```ts
 * propertySettings({ CONTRACT_RUNS: '1000' }); // { seed: 20261126, runs: 1000, eventRuns: 200 }
 * ```
 */
export function propertySettings(env: Readonly<Record<string, string | undefined>> = process.env): PropertySettings {
  const runs = integer('CONTRACT_RUNS', env.CONTRACT_RUNS, DEFAULT_RUNS, 1);
  return {
    seed: integer('FC_SEED', env.FC_SEED, DEFAULT_SEED, -(2 ** 31)),
    runs,
    eventRuns: integer('CONTRACT_EVENT_RUNS', env.CONTRACT_EVENT_RUNS, Math.ceil(runs / EVENT_RUNS_SHARE), 1),
  };
}
