// Starts the local API on the S3 fixture stack (test/fixtures/s3-template.yaml) with the
// recorder functions writing what they receive to a file, and an S3 client for it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { type LocalApi, type LocalApiOptions, startLocalApi } from '../../src/index.ts';

export const S3_TEMPLATE = join(import.meta.dirname, '../fixtures/s3-template.yaml');
export const BUCKET = 'todo-attachments-test';

/** One invocation as the recorder fixture wrote it down. */
export interface Delivered {
  readonly functionName: string;
  readonly env: { AWS_ENDPOINT_URL_S3?: string; S3_FORCE_PATH_STYLE?: string };
  readonly event: S3Event;
  /** A presigned GET the function made for the object (PresignFunction only). */
  readonly presignedUrl?: string;
}

/** The running API, a client for its S3 and what the functions received so far. */
export interface S3Api {
  readonly api: LocalApi;
  readonly client: S3Client;
  readonly lines: string[];
  delivered(): Delivered[];
  stop(): Promise<void>;
}

/**
 * Starts the fixture stack with data under `dataDir` (in memory unless `memory: false`).
 *
 * @example
 * ```ts
 * const s3 = await startS3Api(dir);
 * await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'uploads/a.txt', Body: 'a' }));
 * ```
 */
export async function startS3Api(dataDir: string, options: LocalApiOptions = {}): Promise<S3Api> {
  const eventsFile = join(dataDir, `events-${Date.now()}-${Math.random().toString(36).slice(2)}.jsonl`);
  const lines: string[] = [];
  const api = await startLocalApi({
    port: 0,
    memory: true,
    dataDir,
    templatePath: S3_TEMPLATE,
    logger: (line) => lines.push(line),
    env: { EVENTS_FILE: eventsFile },
    ...options,
  });
  if (api.s3Endpoint === null) throw new Error('the S3 fixture stack has a bucket: s3Endpoint must be set');
  const client = new S3Client({
    endpoint: api.s3Endpoint,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  return {
    api,
    client,
    lines,
    delivered: () =>
      existsSync(eventsFile)
        ? readFileSync(eventsFile, 'utf8')
            .split('\n')
            .filter((line) => line !== '')
            .map((line) => JSON.parse(line) as Delivered)
        : [],
    async stop() {
      client.destroy();
      await api.stop();
    },
  };
}

/**
 * Polls `check` until it returns a value other than undefined, for at most `ms`.
 *
 * @example
 * ```ts
 * const events = await waitFor(() => (s3.delivered().length >= 2 ? s3.delivered() : undefined));
 * ```
 */
export async function waitFor<T>(check: () => T | undefined, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`nothing after ${ms} ms`);
    await new Promise((ok) => setTimeout(ok, 25));
  }
}
