// Closed-loop load: `concurrency` callers each await one call after another until the time
// slice ends (or the call cap is hit), recording every call's latency.
import { performance } from 'node:perf_hooks';

/** Throughput and latencies of one slice. */
export interface LoadResult {
  /** Completed calls per second. */
  readonly rate: number;
  /** Milliseconds per call, in completion order. */
  readonly latencies: number[];
}

/** How long and how wide a slice is. */
export interface LoadOptions {
  readonly concurrency: number;
  readonly sliceMs: number;
  /** A bound on calls per slice, whatever the speed. Default 100,000. */
  readonly maxCalls?: number;
}

/**
 * Runs `call` from `concurrency` callers in parallel for `sliceMs`.
 *
 * @example
 * ```ts
 * const { rate, latencies } = await closedLoop(() => fetch(url).then((r) => r.json()), { concurrency: 16, sliceMs: 200 });
 * ```
 */
export async function closedLoop(call: () => Promise<unknown>, options: LoadOptions): Promise<LoadResult> {
  const maxCalls = options.maxCalls ?? 100_000;
  const latencies: number[] = [];
  let started = 0;
  const start = performance.now();
  const deadline = start + options.sliceMs;
  const caller = async () => {
    while (started < maxCalls && performance.now() < deadline) {
      started++;
      const t0 = performance.now();
      await call();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, caller));
  return { rate: (latencies.length * 1000) / (performance.now() - start), latencies };
}

/**
 * Mean milliseconds per call of `call`, run `count` times one after another.
 *
 * @example
 * ```ts
 * const ms = await meanTime(() => handler(event(), context()), 10);
 * ```
 */
export async function meanTime(call: () => Promise<unknown>, count: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < count; i++) await call();
  return (performance.now() - start) / count;
}
