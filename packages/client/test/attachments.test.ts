// The attachments resource and the upload flow, against scripted answers that conform to the
// contract (and an S3-like form endpoint that records what it was sent).
import type { Attachment } from '@serverless-todo/contract';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_REJECTED, withAttachments } from '../src/attachments/index.ts';
import { createTodoClient, TodoApiError } from '../src/index.ts';
import { fakeFetch } from './support/fake-fetch.ts';
import { contractResponse, problemResponse, TASK_ID, USER } from './support/responses.ts';

const ATTACHMENT_ID = '9b2e4c1d-3a5f-4e6b-8c7d-1e2f3a4b5c6d';
const BUCKET_URL = 'http://bucket.test/attachments';

const attachment = (overrides: Partial<Attachment> = {}): Attachment => ({
  attachment_id: ATTACHMENT_ID,
  task_id: TASK_ID,
  filename: 'notes.txt',
  content_type: 'text/plain',
  size: 5,
  status: 'pending',
  reason: null,
  created_at: '2026-11-26T09:30:00.000Z',
  updated_at: '2026-11-26T09:30:00.000Z',
  ...overrides,
});

const created = () =>
  contractResponse(
    'createAttachment',
    201,
    {
      attachment: attachment(),
      upload: {
        url: BUCKET_URL,
        fields: { key: `${USER}/${TASK_ID}/${ATTACHMENT_ID}`, 'Content-Type': 'text/plain', Policy: 'p' },
        expires_at: '2026-11-26T09:45:00.000Z',
      },
    },
    { location: `/users/${USER}/tasks/${TASK_ID}/attachments/${ATTACHMENT_ID}` },
  );
const viewed = (overrides: Partial<Attachment>, download: { url: string; expires_at: string } | null = null) =>
  contractResponse('getAttachment', 200, { attachment: attachment(overrides), download });
const stored = () => new Response(null, { status: 204 });

const clientWith = (api: ReturnType<typeof fakeFetch>, storage: ReturnType<typeof fakeFetch>) =>
  withAttachments(createTodoClient({ baseUrl: 'http://api.test', token: 'jwt', fetch: api.fetch }), {
    fetch: storage.fetch,
  });

const file = () => new File(['hello'], 'notes.txt', { type: 'text/plain;charset=utf-8' });

describe('attachments.upload', () => {
  it('creates, posts the form (fields first, file last, no token) and waits until ready', async () => {
    const api = fakeFetch(created(), viewed({}), viewed({}), viewed({ status: 'ready' }));
    const storage = fakeFetch(stored());
    const phases: string[] = [];
    const result = await clientWith(api, storage).attachments.upload(USER, TASK_ID, file(), {
      onPhase: (phase) => phases.push(phase),
    });
    expect(result.status).toBe('ready');
    expect(phases).toEqual(['creating', 'uploading', 'verifying']);
    expect(await api.requests[0]!.json()).toEqual({ filename: 'notes.txt', content_type: 'text/plain', size: 5 });
    const post = storage.requests[0]!;
    expect(post.url).toBe(BUCKET_URL);
    expect(post.headers.get('authorization')).toBeNull();
    const form = await post.formData();
    expect([...form.keys()]).toEqual(['key', 'Content-Type', 'Policy', 'file']);
    expect(await (form.get('file') as File).text()).toBe('hello');
    expect(api.requests).toHaveLength(4);
  });

  it('rejects with a TodoApiError carrying the reason when the server rejected the file', async () => {
    const reason = "The file's content is not text/plain.";
    const api = fakeFetch(created(), viewed({ status: 'rejected', reason }));
    const error = await clientWith(api, fakeFetch(stored()))
      .attachments.upload(USER, TASK_ID, file())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TodoApiError);
    expect(error).toMatchObject({ status: 422, type: ATTACHMENT_REJECTED, detail: reason });
  });

  it('rejects with a TodoApiError when storage refuses the form', async () => {
    const refusal = new Response('<Error><Code>EntityTooLarge</Code></Error>', {
      status: 400,
      statusText: 'Bad Request',
    });
    const error = await clientWith(fakeFetch(created()), fakeFetch(refusal))
      .attachments.upload(USER, TASK_ID, file())
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TodoApiError', status: 400 });
    expect((error as TodoApiError).detail).toContain('EntityTooLarge');
  });

  it('gives up with a TimeoutError when the verdict does not come within waitMs', async () => {
    const pending = () => viewed({});
    const api = fakeFetch(created(), ...Array.from({ length: 20 }, pending));
    const error = await clientWith(api, fakeFetch(stored()))
      .attachments.upload(USER, TASK_ID, file(), { waitMs: 250 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TimeoutError' });
    // 100 + 150 ms of waits: a bounded number of polls, not a busy loop.
    expect(api.requests.length).toBeLessThanOrEqual(5);
  });
});

describe('attachments resource methods', () => {
  it('list, get and delete call their routes and answer the bodies', async () => {
    const api = fakeFetch(
      contractResponse('listAttachments', 200, { attachments: [attachment()] }),
      viewed({ status: 'ready' }, { url: 'http://bucket.test/x', expires_at: '2026-11-26T09:35:00.000Z' }),
      new Response(null, { status: 204, headers: { 'x-request-id': 'r', 'cache-control': 'no-store' } }),
    );
    const client = clientWith(api, fakeFetch());
    expect(await client.attachments.list(USER, TASK_ID)).toEqual([attachment()]);
    expect((await client.attachments.get(USER, TASK_ID, ATTACHMENT_ID)).download?.url).toBe('http://bucket.test/x');
    expect(await client.attachments.delete(USER, TASK_ID, ATTACHMENT_ID)).toBeUndefined();
    expect(api.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      `GET /users/${USER}/tasks/${TASK_ID}/attachments`,
      `GET /users/${USER}/tasks/${TASK_ID}/attachments/${ATTACHMENT_ID}`,
      `DELETE /users/${USER}/tasks/${TASK_ID}/attachments/${ATTACHMENT_ID}`,
    ]);
    expect(api.requests.every((r) => r.headers.get('authorization') === 'Bearer jwt')).toBe(true);
  });

  it('turns an error answer into a TodoApiError (the 21st attachment: 409)', async () => {
    const api = fakeFetch(problemResponse('createAttachment', 409));
    const error = await clientWith(api, fakeFetch())
      .attachments.create(USER, TASK_ID, { filename: 'a.txt', content_type: 'text/plain', size: 1 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TodoApiError', status: 409 });
  });
});
