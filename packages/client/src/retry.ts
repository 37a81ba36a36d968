// When and how long to wait before trying a request again. Pure functions plus an abortable
// sleep, so the rules are testable without a network.

/**
 * How failed requests are retried: GET, DELETE, PATCH with `ifMatch` and POST (always keyed),
 * after a network error, 429, 502, 503 or 504.
 *
 * @example
 * ```ts
 * createTodoClient({ baseUrl, retry: { retries: 5, baseDelayMs: 200, maxDelayMs: 5000 } });
 * ```
 */
export interface RetryOptions {
  /** Retries after the first attempt. Default 3, so at most 4 requests. */
  retries?: number;
  /** The backoff before retry n is a random wait in [0, baseDelayMs × 2ⁿ). Default 100. */
  baseDelayMs?: number;
  /** No single wait is longer, even when `Retry-After` asks for more. Default 10 000. */
  maxDelayMs?: number;
}

/**
 * Whether a status is worth another attempt: throttled (429) or a gateway that could not
 * reach the function (502, 503, 504).
 *
 * @example
 * ```ts
 * isRetryStatus(503); // true
 * ```
 */
export const isRetryStatus = (status: number): boolean => status === 429 || (status > 501 && status < 505);

/**
 * Reads `Retry-After` (delta-seconds or an HTTP date) as milliseconds from now.
 *
 * @example
 * ```ts
 * parseRetryAfter('2'); // 2000
 * parseRetryAfter(new Date(Date.now() + 5000).toUTCString()); // about 5000
 * ```
 */
export const parseRetryAfter = (value: string | null): number | undefined => {
  if (!value) return undefined;
  const ms = +value >= 0 ? +value * 1000 : Date.parse(value) - Date.now();
  // A date in the past means "now"; anything unreadable means "no advice".
  return ms < 0 ? 0 : ms >= 0 ? ms : undefined;
};

/**
 * The wait before retry number `attempt` (0 for the first retry), or undefined for "give up".
 * Exponential backoff with full jitter spreads the retries of many clients apart; a server's
 * `Retry-After` replaces it. Either is capped at `maxDelayMs`.
 *
 * @example
 * ```ts
 * retryDelay({}, 0, undefined); // somewhere in [0, 100)
 * retryDelay({}, 0, 2000); // 2000
 * retryDelay({}, 3, undefined); // undefined: out of retries
 * ```
 */
export const retryDelay = (
  { retries = 3, baseDelayMs = 100, maxDelayMs = 10_000 }: RetryOptions,
  attempt: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number | undefined =>
  attempt < retries ? Math.min(maxDelayMs, retryAfterMs ?? random() * baseDelayMs * 2 ** attempt) : undefined;

/**
 * Waits, unless the signal aborts first: then rejects with the signal's reason.
 *
 * @example
 * ```ts
 * await sleep(250, AbortSignal.timeout(1000));
 * ```
 */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const timer = setTimeout(resolve, ms);
    // The listener goes away with the wait (the `signal` option): a caller's long-lived
    // signal must not collect one per retry.
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      // AbortSignal.timeout takes whole milliseconds; jittered delays are fractional.
      { signal: AbortSignal.timeout(Math.ceil(ms)) },
    );
  });
