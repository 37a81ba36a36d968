// The functions' own S3 client (the lean layer in @serverless-todo/lambda/aws) against the
// embedded S3, configured from the environment the local API gives functions: its presigned
// POST uploads, its ranged reads, and its presigned GETs pass the local signature check,
// while a tampered or expired one does not.
import { createS3, type S3, s3Config } from '@serverless-todo/lambda/aws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/fixture-api.ts';
import { BUCKET, type S3Api, startS3Api } from '../support/s3-api.ts';

const data = tempDir('local-lean-s3-');
let api: S3Api;
let s3: S3;
beforeAll(async () => {
  api = await startS3Api(data.dir);
  // What a function sees: the endpoint, path style and S3RVER keys the local API sets.
  s3 = createS3({
    config: s3Config({
      AWS_ENDPOINT_URL_S3: api.api.s3Endpoint ?? '',
      S3_FORCE_PATH_STYLE: 'true',
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
    }),
  });
});
afterAll(async () => {
  await api?.stop();
  data.remove();
});

async function postForm(key: string, body: string, contentType = 'text/plain') {
  const { url, fields } = s3.presignPost(BUCKET, key, {
    expiresInSeconds: 60,
    fields: { 'Content-Type': contentType },
    conditions: [['content-length-range', 1, 1024]],
  });
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([body], { type: contentType }), 'upload.txt');
  const res = await fetch(url, { method: 'POST', body: form });
  await res.arrayBuffer();
  return res.status;
}

describe('the lean S3 client on the embedded S3', () => {
  const key = 'u1/t1/lean-object';

  it('uploads through its presigned POST, then heads and reads a range of the object', async () => {
    expect(await postForm(key, 'hello, attachments')).toBeLessThan(300);
    expect(await s3.head(BUCKET, key)).toMatchObject({ size: 18, contentType: 'text/plain' });
    expect((await s3.getRange(BUCKET, key, 0, 4))?.toString()).toBe('hello');
  });

  it('signs a policy that carries the key, the type, the range and the expiry', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const { fields } = s3.presignPost(BUCKET, key, {
      expiresInSeconds: 900,
      fields: { 'Content-Type': 'image/png' },
      conditions: [['content-length-range', 1, 2048]],
      now,
    });
    const policy = JSON.parse(Buffer.from(fields.Policy ?? '', 'base64').toString('utf8'));
    expect(policy.expiration).toBe('2026-12-01T12:15:00.000Z');
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        { bucket: BUCKET },
        { key },
        { 'Content-Type': 'image/png' },
        ['content-length-range', 1, 2048],
        { 'X-Amz-Date': '20261201T120000Z' },
        { 'X-Amz-Credential': 'S3RVER/20261201/us-east-1/s3/aws4_request' },
      ]),
    );
    expect(fields['X-Amz-Signature']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('presigns a GET that the local signature check accepts, with the response headers it asked for', async () => {
    const disposition = "attachment; filename*=UTF-8''hello%20world.txt";
    const url = s3.presignGet(BUCKET, key, {
      expiresInSeconds: 300,
      query: { 'response-content-disposition': disposition, 'response-content-type': 'text/plain' },
    });
    const res = await fetch(url);
    expect(await res.text()).toBe('hello, attachments');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(disposition);
  });

  it('a tampered or expired presigned GET is refused with 403', async () => {
    const url = s3.presignGet(BUCKET, key, { expiresInSeconds: 300 });
    const forged = url.replace(/(X-Amz-Signature=)([0-9a-f])/, (_, p, c) => p + (c === 'a' ? 'b' : 'a'));
    const forgedRes = await fetch(forged);
    await forgedRes.arrayBuffer();
    expect(forgedRes.status).toBe(403);
    // Signed two minutes ago for one minute: a valid signature, past its expiry.
    const expired = s3.presignGet(BUCKET, key, { expiresInSeconds: 60, now: new Date(Date.now() - 120_000) });
    const expiredRes = await fetch(expired);
    await expiredRes.arrayBuffer();
    expect(expiredRes.status).toBe(403);
    const fresh = await fetch(s3.presignGet(BUCKET, key, { expiresInSeconds: 60, now: new Date(Date.now() - 30_000) }));
    await fresh.arrayBuffer();
    expect(fresh.status).toBe(200);
  });

  it('deletes the object; a missing object heads and reads as undefined, and deletes without error', async () => {
    await s3.delete(BUCKET, key);
    expect(await s3.head(BUCKET, key)).toBeUndefined();
    expect(await s3.getRange(BUCKET, key, 0, 10)).toBeUndefined();
    await expect(s3.delete(BUCKET, key)).resolves.toBeUndefined();
  });
});
