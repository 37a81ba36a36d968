// The local API's S3 part: the embedded S3 for the template's buckets, its notifications
// routed to the S3 functions, and the environment the functions need to reach it.
import { join } from 'node:path';
import type { FunctionRuntime } from '../gateway/function-runtime.ts';
import type { LogSink } from '../server/access-log.ts';
import type { ApiModel } from '../template/model.ts';
import { AsyncDelivery } from './delivery.ts';
import { s3Notifications } from './notifications.ts';

/** The running S3 part. */
export interface LocalS3 {
  readonly endpoint: string;
  /** Variables every function gets. */
  readonly env: Readonly<Record<string, string>>;
  /** Stops taking object events, waits for deliveries already running, stops the server. */
  close(): Promise<void>;
}

/** What it needs from the local API. */
export interface LocalS3Options {
  readonly model: Pick<ApiModel, 'buckets' | 's3Subscriptions'>;
  readonly dataDir: string;
  readonly memory: boolean;
  /** The functions' runtimes, looked up when an event arrives (filled in after start). */
  readonly runtimes: ReadonlyMap<string, FunctionRuntime>;
  readonly place: { readonly region: string; readonly accountId: string };
  readonly log: LogSink;
}

/**
 * Starts the embedded S3 if the template has a bucket; null otherwise. s3rver is loaded only
 * then: importing it (Koa, winston, lodash) costs more than starting the rest of the API.
 *
 * @example
 * ```ts
 * const s3 = await startLocalS3({ model, dataDir, memory: false, runtimes, place, log });
 * const env = { ...s3?.env };
 * await s3?.close();
 * ```
 */
export async function startLocalS3(options: LocalS3Options): Promise<LocalS3 | null> {
  if (options.model.buckets.length === 0) return null;
  const { startEmbeddedS3 } = await import('./embedded-s3.ts');
  const delivery = new AsyncDelivery(options.log);
  const server = await startEmbeddedS3({
    path: options.memory ? null : join(options.dataDir, 's3'),
    buckets: options.model.buckets,
    onRecord: s3Notifications({
      subscriptions: options.model.s3Subscriptions,
      runtimes: options.runtimes,
      delivery,
      place: options.place,
      log: options.log,
    }),
  });
  return {
    endpoint: server.endpoint,
    // The SDK v3 reads AWS_ENDPOINT_URL_S3 itself. It has no variable for path-style
    // addressing, so S3_FORCE_PATH_STYLE is a hint the function's code turns into
    // `forcePathStyle: true` (a loopback address has no bucket subdomains).
    env: { AWS_ENDPOINT_URL_S3: server.endpoint, S3_FORCE_PATH_STYLE: 'true' },
    async close() {
      await server.close();
      await delivery.drain();
    },
  };
}
