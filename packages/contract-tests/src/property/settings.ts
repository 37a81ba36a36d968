// How much the property-based parts run, from the environment: a fixed seed by default so CI
// is reproducible, FC_SEED to explore (or replay a reported failure), CONTRACT_RUNS to scale.
import { ConfigurationError } from '../errors.ts';

/** The seed CI runs with. Any integer works; this one is just fixed. */
export const DEFAULT_SEED = 20_261_126;
/** Generated requests per operation and kind (valid / invalid), and differential sequences. */
export const DEFAULT_RUNS = 100;

/** Seed and run count of the property-based parts. */
export interface PropertySettings {
  readonly seed: number;
  readonly runs: number;
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
 * Reads FC_SEED and CONTRACT_RUNS.
 *
 * @example
 * ```ts
 * propertySettings({ CONTRACT_RUNS: '1000' }); // { seed: 20261126, runs: 1000 }
 * ```
 */
export function propertySettings(env: Readonly<Record<string, string | undefined>> = process.env): PropertySettings {
  return {
    seed: integer('FC_SEED', env.FC_SEED, DEFAULT_SEED, -(2 ** 31)),
    runs: integer('CONTRACT_RUNS', env.CONTRACT_RUNS, DEFAULT_RUNS, 1),
  };
}
