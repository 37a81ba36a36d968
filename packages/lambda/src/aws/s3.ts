// The S3 calls the functions make (head, ranged read, delete) and the two presigned forms
// the browser uses (POST policy for uploads, query-signed GET for downloads), without the
// AWS SDK's S3 client and its load time.
import aws4 from 'aws4';
import { AwsError } from './aws-error.ts';
import { withRetries } from './retry.ts';
import { objectUrl, type S3Config, s3Config } from './s3-config.ts';
import { type AwsResponse, signedRequest, type Timeouts } from './signed-request.ts';
import { sign, signingKey } from './signing-key.ts';

/** What HeadObject tells about an object. */
export interface ObjectHead {
  readonly size: number;
  readonly contentType: string | undefined;
  readonly eTag: string | undefined;
}

/** One object of a listing. */
export interface ListedObject {
  readonly key: string;
  readonly lastModified: Date;
}

/** One page of ListObjectsV2. */
export interface ObjectPage {
  readonly objects: readonly ListedObject[];
  /** Set when more objects follow: pass it back to continue. */
  readonly nextToken: string | undefined;
}

/** A presigned GET. */
export interface PresignGetOptions {
  readonly expiresInSeconds: number;
  /** Extra signed query parameters, e.g. `response-content-disposition`. */
  readonly query?: Readonly<Record<string, string>>;
  /** Signing time; defaults to now. */
  readonly now?: Date;
}

/** A presigned POST policy. */
export interface PresignPostOptions {
  readonly expiresInSeconds: number;
  /** Form fields the browser must send as given (each also becomes an exact-match condition). */
  readonly fields?: Readonly<Record<string, string>>;
  /** Further policy conditions, e.g. `['content-length-range', 1, size]`. */
  readonly conditions?: readonly unknown[];
  /** Signing time; defaults to now. */
  readonly now?: Date;
}

/** A form upload the browser performs: POST `url` with `fields` then the file, as multipart/form-data. */
export interface PresignedPost {
  readonly url: string;
  readonly fields: Record<string, string>;
}

/** The S3 operations the functions use. */
export interface S3 {
  /** HeadObject; undefined when the object does not exist. */
  head(bucket: string, key: string): Promise<ObjectHead | undefined>;
  /** Bytes `first`..`last` (inclusive) of an object; fewer when it is shorter, undefined when it does not exist. */
  getRange(bucket: string, key: string, first: number, last: number): Promise<Buffer | undefined>;
  /** DeleteObject; deleting a missing object succeeds, as on S3. */
  delete(bucket: string, key: string): Promise<void>;
  /** One page (at most `maxKeys`, S3's default 1,000) of ListObjectsV2, in key order. */
  list(bucket: string, options?: { continuationToken?: string | undefined; maxKeys?: number }): Promise<ObjectPage>;
  presignGet(bucket: string, key: string, options: PresignGetOptions): string;
  presignPost(bucket: string, key: string, options: PresignPostOptions): PresignedPost;
}

/** Options of {@link createS3}. */
export interface S3Options {
  readonly config?: S3Config;
  readonly timeouts?: Timeouts;
}

const amzDate = (date: Date) => date.toISOString().replace(/[:-]|\.\d{3}/g, '');

/**
 * An S3 client; without options, configured from `process.env`.
 *
 * @example
 * ```ts
 * const head = await createS3().head('attachments', 'u1/t1/a1');
 * ```
 */
export function createS3(options: S3Options = {}): S3 {
  const config = options.config ?? s3Config(process.env);

  const send = (method: string, bucket: string, key: string | URL, headers: Record<string, string> = {}) =>
    withRetries(async () => {
      const response = await signedRequest({
        service: 's3',
        region: config.region,
        method,
        url: typeof key === 'string' ? objectUrl(config, bucket, key) : key,
        headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD', ...headers },
        credentials: config.credentials(),
        timeouts: options.timeouts,
      });
      if (response.status >= 500) throw s3Error(response);
      return response;
    });

  return {
    async head(bucket, key) {
      const response = await send('HEAD', bucket, key);
      if (response.status === 404) return undefined;
      if (response.status !== 200) throw s3Error(response);
      const length = Number(response.headers['content-length']);
      return {
        size: Number.isFinite(length) ? length : 0,
        contentType: response.headers['content-type'],
        eTag: response.headers.etag,
      };
    },
    async getRange(bucket, key, first, last) {
      const response = await send('GET', bucket, key, { range: `bytes=${first}-${last}` });
      if (response.status === 404) return undefined;
      // 416: the range starts past the end (an empty object).
      if (response.status === 416) return Buffer.alloc(0);
      if (response.status !== 200 && response.status !== 206) throw s3Error(response);
      return response.body;
    },
    async delete(bucket, key) {
      const response = await send('DELETE', bucket, key);
      if (response.status !== 204 && response.status !== 200 && response.status !== 404) throw s3Error(response);
    },
    async list(bucket, { continuationToken, maxKeys } = {}) {
      const url = objectUrl(config, bucket);
      url.searchParams.set('list-type', '2');
      if (maxKeys !== undefined) url.searchParams.set('max-keys', String(maxKeys));
      if (continuationToken !== undefined) url.searchParams.set('continuation-token', continuationToken);
      const response = await send('GET', bucket, url);
      if (response.status !== 200) throw s3Error(response);
      return parseListing(response.body.toString('utf8'));
    },
    presignGet(bucket, key, { expiresInSeconds, query = {}, now = new Date() }) {
      const url = objectUrl(config, bucket, key);
      for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
      url.searchParams.set('X-Amz-Expires', String(expiresInSeconds));
      // aws4 signs at the X-Amz-Date it finds in the query.
      url.searchParams.set('X-Amz-Date', amzDate(now));
      const signed = aws4.sign(
        {
          service: 's3',
          region: config.region,
          method: 'GET',
          host: url.host,
          path: `${url.pathname}${url.search}`,
          signQuery: true,
          doNotEncodePath: true,
        },
        config.credentials(),
      );
      return `${url.protocol}//${url.host}${signed.path}`;
    },
    presignPost(bucket, key, { expiresInSeconds, fields = {}, conditions = [], now = new Date() }) {
      const credentials = config.credentials();
      const date = amzDate(now);
      const day = date.slice(0, 8);
      const signed: Record<string, string> = {
        bucket,
        key,
        ...fields,
        'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
        'X-Amz-Credential': `${credentials.accessKeyId}/${day}/${config.region}/s3/aws4_request`,
        'X-Amz-Date': date,
        ...(credentials.sessionToken ? { 'X-Amz-Security-Token': credentials.sessionToken } : {}),
      };
      const policy = Buffer.from(
        JSON.stringify({
          expiration: new Date(now.getTime() + expiresInSeconds * 1000).toISOString(),
          conditions: [...Object.entries(signed).map(([name, value]) => ({ [name]: value })), ...conditions],
        }),
      ).toString('base64');
      const signature = sign(signingKey(credentials.secretAccessKey, day, config.region, 's3'), policy);
      const { bucket: _bucket, ...formFields } = signed;
      return {
        url: objectUrl(config, bucket).href,
        fields: { ...formFields, Policy: policy, 'X-Amz-Signature': signature },
      };
    },
  };
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name] ?? '');

/**
 * Reads a ListObjectsV2 answer: each `<Contents>`'s key and time, and the continuation token.
 *
 * @example
 * ```ts
 * parseListing('<ListBucketResult><Contents><Key>a</Key><LastModified>2026-12-01T00:00:00.000Z</LastModified></Contents></ListBucketResult>');
 * ```
 */
export function parseListing(xml: string): ObjectPage {
  const objects = [...xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)].map(([, body = '']) => ({
    key: unescapeXml(/<Key>([\s\S]*?)<\/Key>/.exec(body)?.[1] ?? ''),
    lastModified: new Date(/<LastModified>([^<]*)<\/LastModified>/.exec(body)?.[1] ?? 0),
  }));
  const truncated = /<IsTruncated>true<\/IsTruncated>/.test(xml);
  const token = /<NextContinuationToken>([^<]*)<\/NextContinuationToken>/.exec(xml)?.[1];
  return { objects, nextToken: truncated && token !== undefined ? unescapeXml(token) : undefined };
}

/**
 * The error of an S3 answer: the XML error body's `<Code>`, else one named after the status.
 *
 * @example
 * ```ts
 * throw s3Error({ status: 403, headers: {}, body: Buffer.from('<Error><Code>AccessDenied</Code></Error>') });
 * ```
 */
export function s3Error(response: AwsResponse): AwsError {
  const xml = response.body.toString('utf8');
  const code = /<Code>([^<]+)<\/Code>/.exec(xml)?.[1] ?? `Http${response.status}`;
  const message = /<Message>([^<]*)<\/Message>/.exec(xml)?.[1] ?? code;
  return new AwsError(code, message, response.status);
}

/** The function instance's client. */
export const s3: S3 = createS3();
