// The published SDK's attachments flow against these handlers, as an app in mock mode uses
// it: upload resolves ready, a lie about the type rejects with the reason, a file over the
// declared size is refused by the fake bucket's policy.
import { createTodoClient, TodoApiError } from '@serverless-todo/client';
import { ATTACHMENT_REJECTED, withAttachments } from '@serverless-todo/client/attachments';
import { describe, expect, it } from 'vitest';
import { devToken } from '../src/index.ts';
import { BASE, mockApi, useMockServer } from './support/api.ts';

useMockServer();

const USER = 'user123';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function clientWithTask() {
  mockApi();
  const client = withAttachments(
    createTodoClient({ baseUrl: BASE, token: devToken(USER), fetch: (input, init) => globalThis.fetch(input, init) }),
  );
  const { task } = await client.tasks.create(USER, { title: 'with files' });
  return { client, taskId: task.task_id };
}

describe('the SDK on the mock', () => {
  it('uploads a png to ready and downloads the same bytes', async () => {
    const { client, taskId } = await clientWithTask();
    const file = new File([PNG.slice().buffer as ArrayBuffer], 'dot.png', { type: 'image/png' });
    const attachment = await client.attachments.upload(USER, taskId, file);
    expect(attachment).toMatchObject({ status: 'ready', filename: 'dot.png', size: PNG.length });
    const { download } = await client.attachments.get(USER, taskId, attachment.attachment_id);
    const bytes = new Uint8Array(await (await fetch(download?.url ?? '')).arrayBuffer());
    expect(bytes).toEqual(PNG);
    expect((await client.attachments.list(USER, taskId)).map((a) => a.status)).toEqual(['ready']);
  });

  it('rejects HTML declared as a png with a TodoApiError carrying the reason', async () => {
    const { client, taskId } = await clientWithTask();
    const file = new File(['<!doctype html><p>hi'], 'x.png', { type: 'image/png' });
    const error = await client.attachments.upload(USER, taskId, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TodoApiError);
    expect(error).toMatchObject({
      status: 422,
      type: ATTACHMENT_REJECTED,
      detail: "The file's content is not image/png.",
    });
  });

  it('a file over its declared size is refused by the bucket; the attachment stays pending', async () => {
    const { client, taskId } = await clientWithTask();
    const file = new File([PNG.slice().buffer as ArrayBuffer], 'dot.png', { type: 'image/png' });
    // Declares fewer bytes than it sends: S3's content-length-range refuses the form.
    const lying = Object.defineProperty(file, 'size', { value: 4 });
    const error = await client.attachments.upload(USER, taskId, lying).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TodoApiError', status: 400 });
    expect((error as TodoApiError).detail).toContain('EntityTooLarge');
    expect((await client.attachments.list(USER, taskId)).map((a) => a.status)).toEqual(['pending']);
  });
});
