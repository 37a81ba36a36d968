// A real S3-compatible server for the handler tests: s3rver in this process, on a loopback
// port, with the template's attachments bucket, in a temporary directory removed on close.
// It records the object events it emits, so tests can hand them to the S3 function.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3rver, type S3rverRecord } from '@serverless-todo/s3rver';
import type { S3EventRecord } from 'aws-lambda';

/** s3rver's only key pair; it refuses any other access key id. */
export const S3RVER_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };

/** A running s3rver. */
export interface LocalObjectStore {
  readonly endpoint: string;
  readonly bucket: string;
  /** The object events since start (or the last `takeEvents`), as the S3 function receives them. */
  takeEvents(): S3EventRecord[];
  close(): Promise<void>;
}

/**
 * Starts s3rver with `bucket`.
 *
 * @example
 * ```ts
 * const store = await startObjectStore('attachments');
 * process.env.AWS_ENDPOINT_URL_S3 = store.endpoint;
 * ```
 */
export async function startObjectStore(bucket: string): Promise<LocalObjectStore> {
  const directory = mkdtempSync(join(tmpdir(), 'lambda-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  });
  let events: S3EventRecord[] = [];
  server.on('event', (event) => {
    for (const record of event.Records) events.push(asLambdaRecord(record));
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    takeEvents() {
      const taken = events;
      events = [];
      return taken;
    },
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** s3rver's record with the fields the S3 function reads, its key form-URL-encoded as S3 sends it. */
function asLambdaRecord(record: S3rverRecord): S3EventRecord {
  const key = encodeURIComponent(record.s3.object.key).replace(/%2F/g, '/').replace(/%20/g, '+');
  return {
    ...record,
    eventVersion: '2.1',
    s3: { ...record.s3, object: { ...record.s3.object, key } },
  } as unknown as S3EventRecord;
}
