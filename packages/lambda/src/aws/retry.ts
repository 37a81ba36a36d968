// The SDK's "standard" retry mode, which AWS documents for every SDK: up to 3 attempts,
// exponential backoff with full jitter, a longer base delay after throttling.
import { setTimeout as sleep } from 'node:timers/promises';
import { AwsError, isRetryable } from './aws-error.ts';

/** How a call retries. */
export interface RetryPolicy {
  readonly maxAttempts: number;
  /** Base delay after a transient error (5xx, network). */
  readonly baseDelayMs: number;
  /** Base delay after throttling. */
  readonly throttlingBaseDelayMs: number;
  readonly maxDelayMs: number;
}

/** The SDK's standard mode figures. */
export const STANDARD_RETRY: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 100,
  throttlingBaseDelayMs: 500,
  maxDelayMs: 20_000,
};

/**
 * Runs `attempt(n)` (n from 1) until it succeeds, fails with an error that is not
 * retryable, or has used `policy.maxAttempts`; the last error is thrown.
 *
 * @example
 * ```ts
 * const body = await withRetries((n) => sendOnce(n));
 * ```
 */
export async function withRetries<T>(
  attempt: (n: number) => Promise<T>,
  policy: RetryPolicy = STANDARD_RETRY,
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (n >= policy.maxAttempts || !isRetryable(error)) throw error;
      const base = error instanceof AwsError && error.throttling ? policy.throttlingBaseDelayMs : policy.baseDelayMs;
      await sleep(Math.random() * Math.min(policy.maxDelayMs, base * 2 ** (n - 1)));
    }
  }
}
