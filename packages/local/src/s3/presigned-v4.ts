// Signature V4 verification of presigned (query-string) requests. s3rver checks a presigned
// URL's expiry and access key id but not its signature (its V4 branch is unimplemented): a
// URL with a flipped signature, another key or a longer X-Amz-Expires would be served. This
// recomputes the signature the way S3 does, so that a tampered URL gets 403 locally as in AWS.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** What verification looks at in a request. */
export interface SignedRequest {
  readonly method: string;
  /** Path and query as sent (`/bucket/key?X-Amz-Algorithm=…`). */
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** The outcome: not presigned (left to s3rver), a matching signature, or a reason to refuse. */
export type PresignedCheck =
  | { readonly kind: 'not-presigned' }
  | { readonly kind: 'valid' }
  | { readonly kind: 'invalid'; readonly reason: string };

/** RFC 3986 encoding, as SigV4 wants it (encodeURIComponent leaves `!'()*` alone). */
const strict = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
const sha256 = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');

function queryPairs(query: string): [string, string][] {
  return query
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const at = part.indexOf('=');
      return at < 0 ? [decode(part), ''] : [decode(part.slice(0, at)), decode(part.slice(at + 1))];
    });
}

/**
 * Checks a presigned request's V4 signature against the secret of its access key.
 *
 * @example
 * ```ts
 * checkPresignedV4({ method: 'GET', url: req.url, headers: req.headers }, (id) => (id === 'S3RVER' ? 'S3RVER' : undefined));
 * // { kind: 'valid' }
 * ```
 */
export function checkPresignedV4(
  request: SignedRequest,
  secretOf: (accessKeyId: string) => string | undefined,
): PresignedCheck {
  const at = request.url.indexOf('?');
  const path = at < 0 ? request.url : request.url.slice(0, at);
  const pairs = queryPairs(at < 0 ? '' : request.url.slice(at + 1));
  const param = (name: string) => pairs.find(([key]) => key === name)?.[1];
  if (param('X-Amz-Algorithm') === undefined) return { kind: 'not-presigned' };
  const [credential, date, signedHeaders, signature] = [
    param('X-Amz-Credential'),
    param('X-Amz-Date'),
    param('X-Amz-SignedHeaders'),
    param('X-Amz-Signature'),
  ];
  if (!credential || !date || !signedHeaders || !signature) return { kind: 'invalid', reason: 'incomplete query' };
  const [accessKeyId = '', ...scopeParts] = credential.split('/');
  const secret = secretOf(accessKeyId);
  if (secret === undefined) return { kind: 'invalid', reason: `unknown access key ${accessKeyId}` };
  const [day = '', region = '', service = ''] = scopeParts;
  const canonicalUri = path
    .split('/')
    .map((segment) => strict(decode(segment)))
    .join('/');
  const canonicalQuery = pairs
    .filter(([key]) => key !== 'X-Amz-Signature')
    .map(([key, value]) => [strict(key), strict(value)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  const names = signedHeaders.split(';');
  const canonicalHeaders = names
    .map((name) => {
      const value = request.headers[name];
      return `${name}:${(Array.isArray(value) ? value.join(',') : (value ?? '')).trim().replace(/\s+/g, ' ')}\n`;
    })
    .join('');
  const payload = param('X-Amz-Content-Sha256') ?? 'UNSIGNED-PAYLOAD';
  const canonicalRequest = [
    request.method,
    canonicalUri,
    canonicalQuery,
    canonicalHeaders,
    signedHeaders,
    payload,
  ].join('\n');
  const stringToSign = ['AWS4-HMAC-SHA256', date, scopeParts.join('/'), sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), service), 'aws4_request');
  const expected = Buffer.from(hmac(key, stringToSign).toString('hex'));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given)
    ? { kind: 'valid' }
    : { kind: 'invalid', reason: 'signature does not match' };
}
