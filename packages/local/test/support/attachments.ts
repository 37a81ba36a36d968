// Attachments through the local API as a browser makes them: create, post the file with the
// presigned form, and wait (bounded) until the verifying function has marked it ready.
import type { AttachmentCreated, AttachmentView } from '@serverless-todo/contract';
import { assertConforms } from '@serverless-todo/contract/responses';
import { expect } from 'vitest';
import { send } from './http.ts';

const VERDICT_WAIT_MS = 20_000;

/**
 * Creates a text attachment on a task; with `upload`, posts its file and waits until it is ready.
 *
 * @example
 * ```ts
 * const id = await addAttachment(api.url, headers, 'u1', taskId, 1, { upload: true });
 * ```
 */
export async function addAttachment(
  url: string,
  headers: Record<string, string>,
  user: string,
  taskId: string,
  n: number,
  { upload }: { upload: boolean },
): Promise<string> {
  const bytes = new TextEncoder().encode(`attachment ${n}\n`);
  const created = await send(`${url}/users/${user}/tasks/${taskId}/attachments`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ filename: `note-${n}.txt`, content_type: 'text/plain', size: bytes.length }),
  });
  assertConforms('createAttachment', created, 'create attachment');
  const { attachment, upload: form } = created.body as AttachmentCreated;
  if (!upload) return attachment.attachment_id;
  const body = new FormData();
  for (const [name, value] of Object.entries(form.fields)) body.append(name, value);
  body.append('file', new Blob([bytes]), 'upload.bin');
  const posted = await fetch(form.url, { method: 'POST', body });
  await posted.arrayBuffer();
  expect(posted.status).toBeLessThan(300);
  const deadline = Date.now() + VERDICT_WAIT_MS;
  for (;;) {
    const seen = await send(`${url}/users/${user}/tasks/${taskId}/attachments/${attachment.attachment_id}`, {
      headers,
    });
    assertConforms('getAttachment', seen, 'get attachment');
    const status = (seen.body as AttachmentView).attachment.status;
    if (status === 'ready') return attachment.attachment_id;
    expect(status !== 'pending' || Date.now() < deadline, `attachment ${n} is ${status}`).toBe(true);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}
