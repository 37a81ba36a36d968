// The deployed target's realtime API, from API_REALTIME_URL (the stack's RealtimeUrl output).
// AWS offers no signal that a change has gone through the stream and the fan-out, so
// `settled` waits API_REALTIME_SETTLE_MS instead; an expired token cannot be minted for a
// Cognito pool, so the expired-token scenario runs only with one saved in API_EXPIRED_TOKEN.
import { setTimeout as sleep } from 'node:timers/promises';
import { WebSocket } from 'ws';
import { ConfigurationError } from '../errors.ts';
import type { RealtimeEndpoint, WebSocketClass } from '../target.ts';
import { claimsOf, subjectOf } from './token-sources.ts';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * How long to give a change, from its REST answer, to reach the owner's sockets on AWS: the
 * longest path is a task delete's cascade (a stream record, the cascade's 1 s batching
 * window, then the attachments' stream and the fan-out).
 */
export const DEFAULT_SETTLE_MS = 5_000;

/**
 * The realtime endpoint the environment describes, or undefined without API_REALTIME_URL.
 * Throws ConfigurationError when a setting is present but wrong.
 *
 * @example
 * ```ts
 * const realtime = deployedRealtimeFromEnv({ API_REALTIME_URL: 'wss://abc.execute-api.eu-west-1.amazonaws.com/dev' });
 * ```
 */
export function deployedRealtimeFromEnv(env: Env): RealtimeEndpoint | undefined {
  const rawUrl = env.API_REALTIME_URL?.trim();
  if (!rawUrl) return undefined;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch (cause) {
    throw new ConfigurationError(`API_REALTIME_URL is not an absolute URL: ${JSON.stringify(rawUrl)}`, { cause });
  }
  if (url.protocol !== 'wss:' && url.protocol !== 'ws:')
    throw new ConfigurationError(
      `API_REALTIME_URL must be a ws:// or wss:// URL (the stack's RealtimeUrl), not ${url.protocol}`,
    );
  const rawSettle = env.API_REALTIME_SETTLE_MS?.trim();
  const settleMs = rawSettle ? Number(rawSettle) : DEFAULT_SETTLE_MS;
  if (!Number.isInteger(settleMs) || settleMs < 0 || settleMs > 60_000)
    throw new ConfigurationError(
      `API_REALTIME_SETTLE_MS must be a whole number of milliseconds from 0 to 60000, not ${JSON.stringify(rawSettle)}`,
    );
  const expired = env.API_EXPIRED_TOKEN?.trim();
  if (expired) {
    subjectOf(expired, 'API_EXPIRED_TOKEN');
    const { exp } = claimsOf(expired, 'API_EXPIRED_TOKEN');
    if (typeof exp !== 'number' || exp * 1000 > Date.now())
      throw new ConfigurationError('API_EXPIRED_TOKEN has not expired yet: give an ID token past its exp');
  }
  return {
    url: url.href.replace(/\/+$/, ''),
    webSocket: () => WebSocket as unknown as WebSocketClass,
    // `ws` reports the status of a refused upgrade, as API Gateway sends it.
    seesUpgradeStatus: true,
    settled: () => sleep(settleMs),
    ...(expired
      ? { expiredToken: async () => expired }
      : { noExpiredToken: 'set API_EXPIRED_TOKEN to an expired ID token of the user pool to check it' }),
  };
}
