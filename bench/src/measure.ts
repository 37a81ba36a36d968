// Interleaved measurement: variants take turns (in a rotating order) so that machine noise
// hits all of them alike, and every figure is a ratio within one round.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { type Summary, summarize } from './stats.ts';

/** How many rounds to run, bounded in count and time. */
export interface Rounds {
  readonly rounds: number;
  readonly maxMs: number;
}

/** Per variant: raw per-round values and, against the baseline, per-round ratios. */
export interface Interleaved {
  readonly values: Record<string, Summary>;
  readonly ratios: Record<string, Summary>;
}

/**
 * Runs `variants` in interleaved rounds; each returns one value per call (a time or a rate).
 * Ratios are `variant / baseline` per round, so both sides of each ratio saw the same noise.
 */
export async function interleave(
  variants: Record<string, () => number | Promise<number>>,
  baseline: string,
  { rounds, maxMs }: Rounds,
): Promise<Interleaved> {
  const names = Object.keys(variants);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const deadline = performance.now() + maxMs;
  for (let round = 0; round < rounds && performance.now() < deadline; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length] as string;
      samples[name]?.push(await (variants[name] as () => number | Promise<number>)());
    }
  }
  const base = samples[baseline] ?? [];
  const values: Record<string, Summary> = {};
  const ratios: Record<string, Summary> = {};
  for (const name of names) {
    const own = samples[name] ?? [];
    values[name] = summarize(own);
    ratios[name] = summarize(own.map((v, i) => v / (base[i] as number)));
  }
  return { values, ratios };
}

/** Wall time (ms) of one run of a child process, from spawn to exit. */
export function timeProcess(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): number {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: 'ignore', env: env ?? process.env });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  return elapsed;
}

/** Calls per second of a synchronous function over one slice of `sliceMs`. */
export function rate(fn: () => unknown, sliceMs: number): number {
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < sliceMs) {
    for (let i = 0; i < 200; i++) fn();
    calls += 200;
    now = performance.now();
  }
  return (calls * 1000) / (now - start);
}
