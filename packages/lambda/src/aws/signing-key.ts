// SigV4's derived signing key, for the one signature aws4 does not make: an S3 POST policy.
import { createHmac } from 'node:crypto';

const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/**
 * The key that signs requests of `service` in `region` on `date` (YYYYMMDD).
 *
 * @example
 * ```ts
 * sign(signingKey(secret, '20261201', 'us-east-1', 's3'), base64Policy);
 * ```
 */
export function signingKey(secretAccessKey: string, date: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date), region), service), 'aws4_request');
}

/**
 * The hex HMAC-SHA256 signature of `data` with a derived key.
 *
 * @example
 * ```ts
 * const signature = sign(key, stringToSign);
 * ```
 */
export function sign(key: Buffer, data: string): string {
  return createHmac('sha256', key).update(data, 'utf8').digest('hex');
}
