import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors.ts';
import { DEFAULT_RUNS, DEFAULT_SEED, propertySettings } from '../src/property/settings.ts';

describe('propertySettings', () => {
  it.each([
    ['defaults', {}, { seed: DEFAULT_SEED, runs: DEFAULT_RUNS, eventRuns: DEFAULT_RUNS / 5 }],
    [
      'empty values',
      { FC_SEED: '', CONTRACT_RUNS: '', CONTRACT_EVENT_RUNS: '' },
      { seed: DEFAULT_SEED, runs: DEFAULT_RUNS, eventRuns: DEFAULT_RUNS / 5 },
    ],
    ['a bigger run', { CONTRACT_RUNS: '1000' }, { seed: DEFAULT_SEED, runs: 1000, eventRuns: 200 }],
    ['a tiny run still has one event sequence', { CONTRACT_RUNS: '1' }, { seed: DEFAULT_SEED, runs: 1, eventRuns: 1 }],
    ['event runs of their own', { CONTRACT_EVENT_RUNS: '3' }, { seed: DEFAULT_SEED, runs: DEFAULT_RUNS, eventRuns: 3 }],
    ['a replayed seed', { FC_SEED: '-42' }, { seed: -42, runs: DEFAULT_RUNS, eventRuns: DEFAULT_RUNS / 5 }],
  ])('reads %s', (_, env, want) => {
    expect(propertySettings(env)).toEqual(want);
  });

  it.each([
    ['CONTRACT_RUNS', { CONTRACT_RUNS: '0' }],
    ['CONTRACT_RUNS', { CONTRACT_RUNS: 'many' }],
    ['FC_SEED', { FC_SEED: '1.5' }],
    ['CONTRACT_EVENT_RUNS', { CONTRACT_EVENT_RUNS: '0' }],
  ])('rejects a bad %s', (name, env) => {
    expect(() => propertySettings(env)).toThrow(ConfigurationError);
    expect(() => propertySettings(env)).toThrow(name);
  });
});
