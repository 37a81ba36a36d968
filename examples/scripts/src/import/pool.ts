// Bounded concurrency: at most `concurrency` calls in flight, each worker taking the next
// item as soon as its previous one settles. A stop() lets the running calls finish but
// starts no new ones (the import stops when the API goes away).

/** Passed to every call: stops the pool after the calls in flight. */
export interface PoolControl {
  stop(): void;
}

/**
 * Calls `fn` for every item, `concurrency` at a time; resolves with the indexes never started.
 *
 * @example
 * ```ts
 * const skipped = await forEachBounded(rows, 8, async (row, i, pool) => { await send(row); });
 * ```
 */
export async function forEachBounded<T>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, index: number, pool: PoolControl) => Promise<void>,
): Promise<number[]> {
  let next = 0;
  let stopped = false;
  const pool: PoolControl = {
    stop: () => {
      stopped = true;
    },
  };
  const worker = async () => {
    while (!stopped && next < items.length) {
      const index = next++;
      await fn(items[index] as T, index, pool);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return Array.from({ length: items.length - next }, (_, i) => next + i);
}
