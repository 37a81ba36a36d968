// Waiting for the server's verdict: a bounded poll whose waits grow, so a fast check is seen
// at once and a slow one costs few requests.
import { sleep } from '../retry.ts';

/** The first wait, then each next one doubled up to MAX_WAIT_MS. */
export const FIRST_WAIT_MS = 100;
export const MAX_WAIT_MS = 2000;

/**
 * Calls `check` until it returns a value, waiting 100, 200, 400… (at most 2000) ms between
 * calls, for at most `totalMs`; then rejects with a DOMException named TimeoutError.
 *
 * @example
 * ```ts
 * const done = await pollUntil(async () => ((await get()).status === 'pending' ? undefined : 'done'), 30_000);
 * ```
 */
export async function pollUntil<T>(
  check: () => Promise<T | undefined>,
  totalMs: number,
  signal?: AbortSignal,
): Promise<T> {
  const deadline = Date.now() + totalMs;
  for (let wait = FIRST_WAIT_MS; ; wait = Math.min(wait * 2, MAX_WAIT_MS)) {
    const value = await check();
    if (value !== undefined) return value;
    const left = deadline - Date.now();
    if (left <= 0) throw new DOMException('The attachment was not checked in time.', 'TimeoutError');
    await sleep(Math.min(wait, left), signal);
  }
}
