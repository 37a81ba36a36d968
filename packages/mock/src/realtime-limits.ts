// API Gateway's connection limits on the mock's sockets: a connection with no message in
// either direction for the idle timeout, or open for the maximum duration, is closed with
// 1001 "Going away", as the API closes it. The contract's limits by default; shorter ones let
// an app's reconnect path be exercised in seconds instead of hours.
import { realtimeLimits } from '@serverless-todo/contract/realtime';

/**
 * How long a mock connection may idle and live, in milliseconds.
 *
 * @example
 * ```ts
 * const limits: RealtimeLimits = { maxConnectionMs: 30_000 }; // drop every connection after 30 s
 * ```
 */
export interface RealtimeLimits {
  /** Default: the contract's idle timeout (10 min). */
  readonly idleTimeoutMs?: number;
  /** Default: the contract's maximum connection duration (2 h). */
  readonly maxConnectionMs?: number;
}

/** API Gateway's close code and reason when it ends a connection. */
export const GOING_AWAY = { code: 1001, reason: 'Going away' } as const;

/** The timers of one connection. */
export interface ConnectionWatch {
  /** A message went one way or the other: the idle timeout starts over. */
  touch(): void;
  /** The connection closed: the timers stop. */
  dispose(): void;
}

// In Node, a connection left open would otherwise keep the process alive for hours.
const unref = (timer: ReturnType<typeof setTimeout>) => {
  (timer as { unref?: () => void }).unref?.();
  return timer;
};

/**
 * Calls `close` once the connection idled or reached its maximum duration.
 *
 * @example
 * ```ts
 * const watch = watchConnection(() => client.close(GOING_AWAY.code, GOING_AWAY.reason), { idleTimeoutMs: 5_000 });
 * client.addEventListener('message', () => watch.touch());
 * client.addEventListener('close', () => watch.dispose());
 * ```
 */
export function watchConnection(close: () => void, limits: RealtimeLimits = {}): ConnectionWatch {
  const idleMs = limits.idleTimeoutMs ?? realtimeLimits.idleTimeoutSeconds * 1000;
  const maxMs = limits.maxConnectionMs ?? realtimeLimits.maxConnectionSeconds * 1000;
  let closed = false;
  const end = () => {
    if (closed) return;
    closed = true;
    clearTimeout(idle);
    clearTimeout(max);
    close();
  };
  let idle = unref(setTimeout(end, idleMs));
  const max = unref(setTimeout(end, maxMs));
  return {
    touch() {
      if (closed) return;
      clearTimeout(idle);
      idle = unref(setTimeout(end, idleMs));
    },
    dispose() {
      closed = true;
      clearTimeout(idle);
      clearTimeout(max);
    },
  };
}
