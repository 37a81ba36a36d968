/**
 * Runs `work` over `items` with at most `width` calls in flight, keeping result order.
 * Setting up 250 tasks one by one would dominate the suite's runtime; a small width keeps
 * the target (and a deployed API's throttling) comfortable.
 *
 * @example
 * ```ts
 * const tasks = await inBatches(titles, 8, (title) => createTask(api, user, { title }));
 * ```
 */
export async function inBatches<T, R>(
  items: readonly T[],
  width: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return results;
}
