// Attachments on the mock: the API's operations, limits and states, and the fake bucket's
// policy enforcement and verification, as the live S3 and S3-triggered function behave.
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { DEFAULT_BUCKET_URL } from '../src/index.ts';
import { call, mockApi, useMockServer } from './support/api.ts';

useMockServer();

const USER = 'user123';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

async function newTask() {
  mockApi();
  const { body } = await call('createTask', 'POST', `/users/${USER}/tasks`, { json: { title: 'with files' } });
  return (body as { task_id: string }).task_id;
}

async function create(taskId: string, json: Record<string, unknown>) {
  return call('createAttachment', 'POST', `/users/${USER}/tasks/${taskId}/attachments`, { json });
}

type Upload = { url: string; fields: Record<string, string> };

async function post(upload: Upload, bytes: Uint8Array, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...upload.fields, ...fields })) form.append(name, value);
  form.append('file', new Blob([bytes.slice().buffer as ArrayBuffer]));
  return fetch(upload.url, { method: 'POST', body: form });
}

const view = (taskId: string, id: string) =>
  call('getAttachment', 'GET', `/users/${USER}/tasks/${taskId}/attachments/${id}`);

describe('attachments on the mock', () => {
  it('a png round-trips: pending, uploaded, ready, downloaded as an attachment', async () => {
    const taskId = await newTask();
    const created = await create(taskId, { filename: 'dot.png', content_type: 'image/png', size: 100 });
    expect(created.status).toBe(201);
    const { attachment, upload } = created.body as {
      attachment: { attachment_id: string; status: string };
      upload: Upload;
    };
    expect(attachment.status).toBe('pending');
    expect(upload.url).toBe(DEFAULT_BUCKET_URL);
    expect(upload.fields.key).toBe(`${USER}/${taskId}/${attachment.attachment_id}`);
    expect((await post(upload, PNG)).status).toBe(204);
    const seen = (await view(taskId, attachment.attachment_id)).body as {
      attachment: { status: string };
      download: { url: string };
    };
    expect(seen.attachment.status).toBe('ready');
    const download = await fetch(seen.download.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="dot.png"; filename*=UTF-8''dot.png`,
    );
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PNG);
    const forged = new URL(seen.download.url);
    forged.searchParams.set('X-Amz-Expires', '86400');
    expect((await fetch(forged)).status).toBe(403);
  });

  it('enforces the policy: larger than declared, another Content-Type, an edited policy', async () => {
    const taskId = await newTask();
    const { body } = await create(taskId, { filename: 'dot.png', content_type: 'image/png', size: 4 });
    const { attachment, upload } = body as { attachment: { attachment_id: string }; upload: Upload };
    const tooLarge = await post(upload, PNG);
    expect(tooLarge.status).toBe(400);
    expect(await tooLarge.text()).toContain('EntityTooLarge');
    expect((await post(upload, PNG.subarray(0, 4), { 'Content-Type': 'text/html' })).status).toBe(403);
    expect((await post(upload, PNG.subarray(0, 4), { Policy: btoa('{}') })).status).toBe(403);
    const seen = (await view(taskId, attachment.attachment_id)).body as {
      attachment: { status: string };
      download: unknown;
    };
    expect(seen).toMatchObject({ attachment: { status: 'pending' }, download: null });
  });

  it('rejects HTML declared as a png and deletes it; a rejected attachment never becomes ready', async () => {
    const taskId = await newTask();
    const { body } = await create(taskId, { filename: 'x.png', content_type: 'image/png', size: 100 });
    const { attachment, upload } = body as { attachment: { attachment_id: string }; upload: Upload };
    expect((await post(upload, new TextEncoder().encode('<!doctype html><script>1</script>'))).status).toBe(204);
    const rejected = (await view(taskId, attachment.attachment_id)).body;
    expect(rejected).toMatchObject({
      attachment: { status: 'rejected', reason: "The file's content is not image/png." },
      download: null,
    });
    expect((await post(upload, PNG)).status).toBe(204);
    expect((await view(taskId, attachment.attachment_id)).body).toMatchObject({ attachment: { status: 'rejected' } });
  });

  it('a pending attachment’s form expires exactly 15 minutes after its created_at, however the clock moves', async () => {
    const taskId = await newTask();
    // A clock that moves 1 ms on every read: two reads in one create would disagree.
    const RealDate = Date;
    let now = RealDate.now();
    class TickingDate extends RealDate {
      constructor(...args: ConstructorParameters<DateConstructor> | []) {
        if (args.length === 0) super(now++);
        else super(...(args as ConstructorParameters<DateConstructor>));
      }
      static override now() {
        return now++;
      }
    }
    vi.stubGlobal('Date', TickingDate);
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    const created = await create(taskId, { filename: 'later.txt', content_type: 'text/plain', size: 5 });
    vi.unstubAllGlobals();
    expect(created.status).toBe(201);
    const { attachment, upload } = created.body as {
      attachment: { created_at: string };
      upload: { expires_at: string };
    };
    expect(Date.parse(upload.expires_at) - Date.parse(attachment.created_at)).toBe(15 * 60 * 1000);
  });

  it('holds 20 attachments per task: the 21st is a 409; a delete frees a slot', async () => {
    const taskId = await newTask();
    const body = { filename: 'a.txt', content_type: 'text/plain', size: 1 };
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const created = await create(taskId, body);
      expect(created.status).toBe(201);
      ids.push((created.body as { attachment: { attachment_id: string } }).attachment.attachment_id);
    }
    const over = await create(taskId, body);
    expect(over.status).toBe(409);
    expect(over.body).toMatchObject({ type: 'https://serverless-todo.dev/problems/attachment-limit' });
    const listed = await call('listAttachments', 'GET', `/users/${USER}/tasks/${taskId}/attachments`);
    expect((listed.body as { attachments: unknown[] }).attachments).toHaveLength(20);
    const path = `/users/${USER}/tasks/${taskId}/attachments/${ids[0]}`;
    expect((await call('deleteAttachment', 'DELETE', path)).status).toBe(204);
    expect((await call('deleteAttachment', 'DELETE', path)).status).toBe(404);
    expect((await create(taskId, body)).status).toBe(201);
  });

  it('a deleted task takes its attachments with it: 404 at once', async () => {
    const taskId = await newTask();
    const { body } = await create(taskId, { filename: 'a.txt', content_type: 'text/plain', size: 5 });
    const id = (body as { attachment: { attachment_id: string } }).attachment.attachment_id;
    expect((await call('deleteTask', 'DELETE', `/users/${USER}/tasks/${taskId}`)).status).toBe(204);
    expect((await view(taskId, id)).status).toBe(404);
    expect((await call('listAttachments', 'GET', `/users/${USER}/tasks/${taskId}/attachments`)).status).toBe(404);
    expect((await create(taskId, { filename: 'b.txt', content_type: 'text/plain', size: 5 })).status).toBe(404);
  });

  it.each([
    ['a size over 10 MiB', { filename: 'a.txt', content_type: 'text/plain', size: 10_485_761 }, '/size'],
    ['a type off the list', { filename: 'a.html', content_type: 'text/html', size: 5 }, '/content_type'],
    ['a path in the filename', { filename: '../a.txt', content_type: 'text/plain', size: 5 }, '/filename'],
    [
      'a control character in the filename',
      { filename: 'a\u0007.txt', content_type: 'text/plain', size: 5 },
      '/filename',
    ],
  ])('refuses %s with a 400 naming the field', async (_name, json, pointer) => {
    const taskId = await newTask();
    const answer = await create(taskId, json);
    expect(answer.status).toBe(400);
    expect((answer.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toEqual([pointer]);
  });
});
