// Embedded S3: s3rver in this process, on a loopback port of its own, with the template's
// buckets (and their CORS rules) created. s3rver only stores on disk, so "in memory" is a
// temporary directory removed when it stops: nothing is left under the data directory.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3rver, type S3rverRecord } from '@serverless-todo/s3rver';
import { corsXml } from './cors-xml.ts';
import { S3RVER_KEY } from './credentials.ts';
import { checkPresignedV4 } from './presigned-v4.ts';

/** An S3 error body, as S3 writes one. */
const refuse = (res: ServerResponse, code: string, message: string) => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  res.writeHead(403, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(xml) });
  res.end(xml);
};

/** s3rver's handler behind a check of presigned signatures, which s3rver itself skips. */
function verifyingPresigned(handle: (req: IncomingMessage, res: ServerResponse) => void) {
  return (req: IncomingMessage, res: ServerResponse) => {
    // A preflight carries the URL but is not the signed request: CORS rules answer it.
    if (req.method !== 'OPTIONS') {
      const check = checkPresignedV4(
        { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers },
        (id) => (id === S3RVER_KEY ? S3RVER_KEY : undefined),
      );
      if (check.kind === 'invalid') {
        return check.reason.startsWith('unknown access key')
          ? refuse(res, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.')
          : refuse(
              res,
              'SignatureDoesNotMatch',
              'The request signature we calculated does not match the signature you provided.',
            );
      }
    }
    handle(req, res);
  };
}

/** A bucket to create: its physical name and CloudFormation CorsRules. */
export interface BucketSpec {
  readonly name: string;
  readonly corsRules: readonly Readonly<Record<string, unknown>>[];
}

/** A running s3rver. */
export interface EmbeddedS3 {
  /** `http://127.0.0.1:<port>`: what AWS_ENDPOINT_URL_S3 is set to. */
  readonly endpoint: string;
  /** Stops the server (and removes the temporary store of a memory run). */
  close(): Promise<void>;
}

/** How to start it. */
export interface EmbeddedS3Options {
  /** The store's directory; null keeps it in a temporary directory removed on close. */
  readonly path: string | null;
  readonly buckets: readonly BucketSpec[];
  /** Called with each record s3rver emits after a put, post, copy or delete. */
  readonly onRecord: (record: S3rverRecord) => void;
}

/**
 * Starts s3rver on 127.0.0.1 with the buckets created (an existing bucket keeps its
 * objects; its CORS rules are replaced by the template's).
 *
 * @example
 * ```ts
 * const s3 = await startEmbeddedS3({ path: '/repo/.data/s3', buckets: [{ name: 'attachments', corsRules: [] }], onRecord });
 * process.env.AWS_ENDPOINT_URL_S3 = s3.endpoint;
 * await s3.close();
 * ```
 */
export async function startEmbeddedS3(options: EmbeddedS3Options): Promise<EmbeddedS3> {
  const directory = options.path ?? mkdtempSync(join(tmpdir(), 'local-s3-'));
  mkdirSync(directory, { recursive: true });
  const removeTemp = () => {
    if (options.path === null) rmSync(directory, { recursive: true, force: true });
  };
  const server = new S3rver({
    silent: true,
    directory,
    // Path-style URLs only (http://127.0.0.1:<port>/<bucket>/<key>): a loopback address has no
    // bucket subdomains, which is why clients need forcePathStyle.
    vhostBuckets: false,
    configureBuckets: options.buckets.map((bucket) => {
      const cors = corsXml(bucket.corsRules);
      return { name: bucket.name, configs: cors === null ? [] : [cors] };
    }),
  });
  server.on('event', (event) => {
    for (const record of event.Records) options.onRecord(record);
  });
  // Our own server around s3rver's handler (rather than its run()), so that presigned
  // signatures are checked before s3rver sees the request.
  const http = createServer(verifyingPresigned(server.callback()));
  try {
    await server.configureBuckets();
    await new Promise<void>((ok, fail) => {
      http.once('error', fail);
      http.listen(0, '127.0.0.1', () => {
        http.off('error', fail);
        ok();
      });
    });
  } catch (err) {
    removeTemp();
    throw err;
  }
  const { port } = http.address() as AddressInfo;
  let closing: Promise<void> | null = null;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close() {
      closing ??= new Promise<void>((ok, fail) => http.close((err) => (err ? fail(err) : ok()))).finally(removeTemp);
      return closing;
    },
  };
}
