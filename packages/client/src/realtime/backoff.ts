// How long a subscription waits before connecting again: exponential backoff with full
// jitter, so that the clients of a restarted server do not all come back at once.

/**
 * The reconnect policy of a subscription.
 *
 * @example
 * ```ts
 * client.subscribe('u1', { onEvent, signal, reconnect: { baseDelayMs: 250, maxDelayMs: 10_000 } });
 * ```
 */
export interface ReconnectOptions {
  /** The wait before reconnect n is a random time in [0, min(maxDelayMs, baseDelayMs × 2ⁿ)). Default 500. */
  baseDelayMs?: number;
  /** No wait is longer. Default 30 000. */
  maxDelayMs?: number;
}

/**
 * The wait before reconnect number `attempt` (0 for the first), in ms.
 *
 * @example
 * ```ts
 * reconnectDelay({}, 0); // somewhere in [0, 500)
 * reconnectDelay({}, 20); // somewhere in [0, 30 000): the cap holds for any attempt
 * ```
 */
export const reconnectDelay = (
  { baseDelayMs = 500, maxDelayMs = 30_000 }: ReconnectOptions,
  attempt: number,
  random: () => number = Math.random,
): number => random() * Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(attempt, 30));
