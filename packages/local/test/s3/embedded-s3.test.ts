// The embedded S3 as the local API runs it: real s3rver over loopback, real worker-thread
// functions (the recorder fixture), events checked in AWS's shape.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListBucketsCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { S3EventRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyFromEvent } from '../../src/s3/event-key.ts';
import { startFixtureApi, tempDir } from '../support/fixture-api.ts';
import { BUCKET, type Delivered, type S3Api, startS3Api, waitFor } from '../support/s3-api.ts';

const data = tempDir('local-s3-');
let s3: S3Api;
beforeAll(async () => {
  s3 = await startS3Api(data.dir);
});
afterAll(async () => {
  await s3?.stop();
  data.remove();
});

/** The deliveries about `key`, once `count` of them arrived. */
const deliveriesOf = (key: string, count: number) =>
  waitFor(() => {
    const found = s3.delivered().filter((d) => d.event.Records.some((r) => keyFromEvent(r.s3.object.key) === key));
    return found.length >= count ? found : undefined;
  });

const byFunction = (deliveries: readonly Delivered[]) =>
  Object.fromEntries(deliveries.map((d) => [d.functionName, d.event.Records]));

/** What every record of the local API must look like, as AWS sends it. */
function expectAwsShape(record: S3EventRecord, want: { eventName: string; key: string; configurationId: string }) {
  expect(record).toMatchObject({
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: 'us-east-1',
    eventName: want.eventName,
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: want.configurationId,
      bucket: { name: BUCKET, arn: `arn:aws:s3:::${BUCKET}` },
      object: { key: want.key },
    },
  });
  expect(Number.isNaN(Date.parse(record.eventTime))).toBe(false);
  expect(record.s3.object.sequencer).toMatch(/^[0-9A-F]+$/);
}

describe('embedded S3', () => {
  it('creates the template bucket by its name, and gives functions its endpoint', async () => {
    const { Buckets } = await s3.client.send(new ListBucketsCommand({}));
    expect(Buckets?.map((b) => b.Name)).toEqual([BUCKET]);
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'uploads/env.txt', Body: 'e' }));
    const [delivered] = await deliveriesOf('uploads/env.txt', 1);
    expect(delivered?.env).toEqual({ AWS_ENDPOINT_URL_S3: s3.api.s3Endpoint, S3_FORCE_PATH_STYLE: 'true' });
  });

  it.each([
    ['an allowed origin', 'https://admin.example.com', 200],
    ['another origin', 'https://evil.example.com', 403],
  ])('answers a preflight from %s per the template CORS rules', async (_, origin, status) => {
    const res = await fetch(`${s3.api.s3Endpoint}/${BUCKET}/uploads/x.txt`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' },
    });
    await res.arrayBuffer();
    expect(res.status).toBe(status);
    expect(res.headers.has('access-control-allow-methods')).toBe(status === 200);
  });

  it('delivers a PUT as one record per subscribed function, with the key URL-encoded', async () => {
    const key = 'uploads/red flower (1)+€.png';
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: 'hello' }));
    const deliveries = await deliveriesOf(key, 2);
    const records = byFunction(deliveries);
    expect(Object.keys(records).sort()).toEqual(['PngFunction', 'UploadedFunction']);
    for (const [fn, configurationId] of [
      ['UploadedFunction', 'Uploaded'],
      ['PngFunction', 'PngCreated'],
    ] as const) {
      expect(records[fn]).toHaveLength(1);
      const record = records[fn]?.[0] as S3EventRecord;
      expectAwsShape(record, {
        eventName: 'ObjectCreated:Put',
        key: 'uploads/red+flower+%281%29%2B%E2%82%AC.png',
        configurationId,
      });
      expect(record.s3.object).toMatchObject({ size: 5, eTag: '5d41402abc4b2a76b9719d911017c592' });
    }
    // Both notifications of one object event carry the same sequencer.
    expect(records.PngFunction?.[0]?.s3.object.sequencer).toBe(records.UploadedFunction?.[0]?.s3.object.sequencer);
  });

  it('delivers a presigned POST upload as ObjectCreated:Post', async () => {
    const key = 'uploads/posted file.txt';
    const { url, fields } = await createPresignedPost(s3.client, {
      Bucket: BUCKET,
      Key: key,
      Conditions: [['content-length-range', 1, 100]],
      Expires: 60,
    });
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob(['posted']), 'posted.txt');
    const res = await fetch(url, { method: 'POST', body: form });
    await res.arrayBuffer();
    expect(res.status).toBeLessThan(300);
    const [delivered, ...more] = await deliveriesOf(key, 1);
    expect(more).toEqual([]);
    expect(delivered?.functionName).toBe('UploadedFunction');
    expect(delivered?.event.Records).toHaveLength(1);
    const record = delivered?.event.Records[0] as S3EventRecord;
    expectAwsShape(record, {
      eventName: 'ObjectCreated:Post',
      key: 'uploads/posted+file.txt',
      configurationId: 'Uploaded',
    });
    expect(record.s3.object.size).toBe(6);
  });

  it('verifies a presigned PUT and delivers its upload, and refuses one with a flipped signature', async () => {
    const key = 'uploads/presigned put.txt';
    const url = await getSignedUrl(s3.client, new PutObjectCommand({ Bucket: BUCKET, Key: key }), { expiresIn: 60 });
    const forged = url.replace(/(X-Amz-Signature=)([0-9a-f])/, (_, p, c) => p + (c === 'a' ? 'b' : 'a'));
    const refused = await fetch(forged, { method: 'PUT', body: 'nope' });
    await refused.arrayBuffer();
    expect(refused.status).toBe(403);
    const res = await fetch(url, { method: 'PUT', body: 'put' });
    await res.arrayBuffer();
    expect(res.status).toBe(200);
    const [delivered, ...more] = await deliveriesOf(key, 1);
    expect(more).toEqual([]);
    expect(delivered?.event.Records[0]?.s3.object.size).toBe(3);
  });

  it('accepts a presigned POST over its content-length-range (known gap: s3rver enforces no policy)', async () => {
    const key = 'uploads/too big.bin';
    const { url, fields } = await createPresignedPost(s3.client, {
      Bucket: BUCKET,
      Key: key,
      Conditions: [['content-length-range', 1, 10]],
      Expires: 60,
    });
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob(['x'.repeat(200)]), 'big.bin');
    const res = await fetch(url, { method: 'POST', body: form });
    await res.arrayBuffer();
    // AWS answers 400 EntityTooLarge. Locally the upload lands and the S3 function sees its
    // real size: that check in the function is what keeps local and AWS alike.
    expect(res.status).toBeLessThan(300);
    const [delivered] = await deliveriesOf(key, 1);
    expect(delivered?.event.Records[0]?.s3.object.size).toBe(200);
  });

  it('delivers a DELETE as ObjectRemoved:Delete, without size or eTag, with a later sequencer', async () => {
    const key = 'notes/to delete.txt';
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: 'gone soon' }));
    await s3.client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    const [delivered, ...more] = await deliveriesOf(key, 1);
    expect(more).toEqual([]); // notes/ and .txt: only the ObjectRemoved subscription matches
    expect(delivered?.functionName).toBe('RemovedFunction');
    const record = delivered?.event.Records[0] as S3EventRecord;
    expectAwsShape(record, {
      eventName: 'ObjectRemoved:Delete',
      key: 'notes/to+delete.txt',
      configurationId: 'Removed',
    });
    expect(record.s3.object).not.toHaveProperty('size');
    expect(record.s3.object).not.toHaveProperty('eTag');
  });

  it.each([
    ['matches neither filter', 'other/a.txt', []],
    ['matches the suffix only', 'other/a.png', ['PngFunction']],
    ['matches the prefix only', 'uploads/a.txt', ['UploadedFunction']],
    ['has the suffix but not at the end', 'other/a.png.txt', []],
  ])('a key that %s reaches only its functions', async (_, key, want) => {
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: 'x' }));
    // A marker that both Put subscriptions match, written afterwards: once each function got
    // it, that function has been sent anything about the earlier key too.
    const marker = `uploads/marker-${key}.png`;
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: marker, Body: 'm' }));
    await deliveriesOf(marker, 2);
    const got = s3.delivered().filter((d) => d.event.Records.some((r) => keyFromEvent(r.s3.object.key) === key));
    expect(got.map((d) => d.functionName).sort()).toEqual(want);
  });

  it('delivers 20 parallel uploads exactly once each, with distinct sequencers', async () => {
    const keys = Array.from({ length: 20 }, (_, i) => `uploads/parallel/${i}.txt`);
    await Promise.all(keys.map((Key) => s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: Key }))));
    const records = await waitFor(() => {
      const found = s3
        .delivered()
        .flatMap((d) => d.event.Records)
        .filter((r) => r.s3.object.key.startsWith('uploads/parallel/'));
      return found.length >= keys.length ? found : undefined;
    });
    expect(records.map((r) => keyFromEvent(r.s3.object.key)).sort()).toEqual([...keys].sort());
    expect(new Set(records.map((r) => r.s3.object.sequencer)).size).toBe(keys.length);
  });

  it('retries a failing function twice, then logs the event as dropped', async () => {
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'fail/x.txt', Body: 'x' }));
    await waitFor(() => (s3.lines.some((l) => l.includes('fail/x.txt → FailingFunction: dropped')) ? true : undefined));
    const attempts = s3.delivered().filter((d) => d.functionName === 'FailingFunction');
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((d) => JSON.stringify(d.event))).size).toBe(1); // the same event each time
  });
});

describe('presigned GET', () => {
  const key = 'uploads/signed.txt';
  beforeAll(async () => {
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: 'secret' }));
  });

  const get = async (url: string) => {
    const res = await fetch(url);
    return { status: res.status, text: await res.text() };
  };

  it('serves the object for a URL signed with the local credentials', async () => {
    const url = await getSignedUrl(s3.client, new GetObjectCommand({ Bucket: BUCKET, Key: key }), { expiresIn: 60 });
    expect(url.startsWith(`${s3.api.s3Endpoint}/${BUCKET}/`)).toBe(true);
    expect(await get(url)).toEqual({ status: 200, text: 'secret' });
  });

  it('verifies a URL that overrides Content-Disposition, and serves the header', async () => {
    const disposition = 'attachment; filename="my notes (1).txt"';
    const command = new GetObjectCommand({ Bucket: BUCKET, Key: key, ResponseContentDisposition: disposition });
    const res = await fetch(await getSignedUrl(s3.client, command, { expiresIn: 60 }));
    expect(await res.text()).toBe('secret');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(disposition);
  });

  it('verifies a URL a function presigned with the environment the local API gave it', async () => {
    await s3.client.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'sign/by function.txt', Body: 'from a function' }),
    );
    const [delivered] = await deliveriesOf('sign/by function.txt', 1);
    const url = delivered?.presignedUrl ?? '';
    expect(url.startsWith(`${s3.api.s3Endpoint}/${BUCKET}/sign/`)).toBe(true);
    expect(await get(url)).toEqual({ status: 200, text: 'from a function' });
  });

  it('refuses an expired URL with 403', async () => {
    const url = await getSignedUrl(s3.client, new GetObjectCommand({ Bucket: BUCKET, Key: key }), {
      expiresIn: 60,
      signingDate: new Date(Date.now() - 120_000),
    });
    expect((await get(url)).status).toBe(403);
  });

  const signed = () => getSignedUrl(s3.client, new GetObjectCommand({ Bucket: BUCKET, Key: key }), { expiresIn: 60 });
  const flip = (hex: string) => hex.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));

  it.each([
    ['a flipped signature', (url: string) => url.replace(/(X-Amz-Signature=)([0-9a-f]+)/, (_, p, h) => p + flip(h))],
    ['another key in the path', (url: string) => url.replace('/uploads/signed.txt', '/uploads/env.txt')],
    ['a longer X-Amz-Expires', (url: string) => url.replace('X-Amz-Expires=60', 'X-Amz-Expires=600')],
    ['an access key that is not the local one', (url: string) => url.replace('Credential=S3RVER', 'Credential=AKIAX')],
  ])('refuses a URL with %s with 403', async (_, tamper) => {
    const url = await signed();
    const tampered = tamper(url);
    expect(tampered).not.toBe(url);
    expect((await get(tampered)).status).toBe(403);
  });

  it('refuses a URL signed with another secret with 403', async () => {
    const other = new S3Client({
      endpoint: s3.api.s3Endpoint ?? '',
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'not-the-secret' },
    });
    const url = await getSignedUrl(other, new GetObjectCommand({ Bucket: BUCKET, Key: key }), { expiresIn: 60 });
    other.destroy();
    expect((await get(url)).status).toBe(403);
  });
});

describe('storage', () => {
  it('starts no S3 for a template without a bucket', async () => {
    const api = await startFixtureApi();
    try {
      expect(api.s3Endpoint).toBeNull();
    } finally {
      await api.stop();
    }
  });

  it('keeps objects across a restart on the same data directory, under <dataDir>/s3', async () => {
    const disk = tempDir('local-s3-disk-');
    try {
      const first = await startS3Api(disk.dir, { memory: false });
      await first.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'kept.txt', Body: 'kept' }));
      await first.stop();
      expect(existsSync(join(disk.dir, 's3', BUCKET))).toBe(true);
      const second = await startS3Api(disk.dir, { memory: false });
      try {
        const got = await second.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'kept.txt' }));
        expect(await got.Body?.transformToString()).toBe('kept');
      } finally {
        await second.stop();
      }
    } finally {
      disk.remove();
    }
  });

  it('writes nothing under the data directory with memory: true', async () => {
    const memory = tempDir('local-s3-memory-');
    try {
      const api = await startS3Api(memory.dir, { memory: true });
      await api.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'uploads/m.txt', Body: 'm' }));
      await api.stop();
      // Only what every run keeps there: the signing key, and the recorder's events file.
      expect(readdirSync(memory.dir).filter((f) => !f.startsWith('events-'))).not.toContain('s3');
    } finally {
      memory.remove();
    }
  });
});
