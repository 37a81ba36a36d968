// SigV4 query-string verification against AWS's own worked example (S3 API reference,
// "Authenticating Requests: Using Query Parameters"), and what a change to it does.
import { describe, expect, it } from 'vitest';
import { checkPresignedV4 } from '../../src/s3/presigned-v4.ts';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const secretOf = (id: string) => (id === 'AKIAIOSFODNN7EXAMPLE' ? SECRET : undefined);
const URL =
  '/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256' +
  '&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request' +
  '&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host' +
  '&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404';
const headers = { host: 'examplebucket.s3.amazonaws.com' };

describe('checkPresignedV4', () => {
  it("accepts AWS's example", () => {
    expect(checkPresignedV4({ method: 'GET', url: URL, headers }, secretOf)).toEqual({ kind: 'valid' });
  });

  it('leaves a request without X-Amz-Algorithm alone', () => {
    expect(checkPresignedV4({ method: 'GET', url: '/test.txt', headers }, secretOf)).toEqual({ kind: 'not-presigned' });
  });

  it.each([
    ['another method', { method: 'PUT', url: URL, headers }],
    ['another path', { method: 'GET', url: URL.replace('/test.txt', '/test2.txt'), headers }],
    ['another host', { method: 'GET', url: URL, headers: { host: 'other.s3.amazonaws.com' } }],
    ['a longer expiry', { method: 'GET', url: URL.replace('Expires=86400', 'Expires=86401'), headers }],
    ['an extra signed parameter', { method: 'GET', url: `${URL}&x-amz-meta-a=b`, headers }],
    ['an unknown access key', { method: 'GET', url: URL.replace('AKIAIOSFODNN7EXAMPLE', 'AKIAOTHER'), headers }],
    ['no signature', { method: 'GET', url: URL.replace(/&X-Amz-Signature=.*/, ''), headers }],
  ])('refuses %s', (_, request) => {
    expect(checkPresignedV4(request, secretOf).kind).toBe('invalid');
  });
});
