import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors.ts';
import { DEFAULT_RUNS, DEFAULT_SEED, propertySettings } from '../src/property/settings.ts';

describe('propertySettings', () => {
  it.each([
    ['defaults', {}, { seed: DEFAULT_SEED, runs: DEFAULT_RUNS }],
    ['empty values', { FC_SEED: '', CONTRACT_RUNS: '' }, { seed: DEFAULT_SEED, runs: DEFAULT_RUNS }],
    ['a bigger run', { CONTRACT_RUNS: '1000' }, { seed: DEFAULT_SEED, runs: 1000 }],
    ['a replayed seed', { FC_SEED: '-42' }, { seed: -42, runs: DEFAULT_RUNS }],
  ])('reads %s', (_, env, want) => {
    expect(propertySettings(env)).toEqual(want);
  });

  it.each([
    ['CONTRACT_RUNS', { CONTRACT_RUNS: '0' }],
    ['CONTRACT_RUNS', { CONTRACT_RUNS: 'many' }],
    ['FC_SEED', { FC_SEED: '1.5' }],
  ])('rejects a bad %s', (name, env) => {
    expect(() => propertySettings(env)).toThrow(ConfigurationError);
    expect(() => propertySettings(env)).toThrow(name);
  });
});
