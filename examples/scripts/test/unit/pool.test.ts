import { describe, expect, it } from 'vitest';
import { forEachBounded } from '../../src/import/pool.ts';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('forEachBounded', () => {
  it.each([
    [1, 10],
    [3, 10],
    [8, 5],
    [8, 0],
  ])('concurrency %i over %i items: every item once, never more in flight', async (concurrency, count) => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    const skipped = await forEachBounded(
      Array.from({ length: count }, (_, i) => i),
      concurrency,
      async (item) => {
        most = Math.max(most, ++inFlight);
        await tick();
        seen.push(item);
        inFlight--;
      },
    );
    expect(skipped).toEqual([]);
    expect(seen.sort((x, y) => x - y)).toEqual(Array.from({ length: count }, (_, i) => i));
    expect(most).toBe(Math.min(concurrency, count));
  });

  it('starts nothing new after stop(), lets running calls finish, and returns the rest', async () => {
    const done: number[] = [];
    const skipped = await forEachBounded([0, 1, 2, 3, 4, 5], 2, async (item, _i, pool) => {
      if (item === 2) pool.stop();
      await tick();
      done.push(item);
    });
    // 0 and 1 run; 0 ends and 2 starts and stops the pool; 1 and 2 finish; 3.. never start.
    expect(done.sort()).toEqual([0, 1, 2]);
    expect(skipped).toEqual([3, 4, 5]);
  });
});
