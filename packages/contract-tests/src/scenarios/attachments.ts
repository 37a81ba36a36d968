// Attachments on every target: the upload round trip, files that lie about themselves, the
// 20-per-task limit, ownership, tampered download URLs and a deleted task. Storage may
// refuse a bad form itself (S3 and the mock enforce the POST policy; the local S3 does not):
// then the attachment stays pending, else the server's check rejects it. Either way it is
// never ready and offers no download.
import type { Attachment, AttachmentView, Problem } from '@serverless-todo/contract';
import { ApiClient } from '../http/api-client.ts';
import { awaitVerdict, createAttachment, download, idsOf, postFile, viewAttachment } from '../http/attachments.ts';
import { expectEqual, expectStatus, expectThat } from '../http/expect.ts';
import { createTask } from '../http/tasks.ts';
import type { Target } from '../target.ts';
import { twoEmptyUsers } from '../users.ts';

// A 1×1 PNG's first bytes (signature + IHDR): what the sniffer needs to see.
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0,
  0, 0,
]);
const HTML = new TextEncoder().encode('<!DOCTYPE html><html><script>alert(document.domain)</script></html>');

async function userWithTask(api: ApiClient) {
  const [user, other] = await twoEmptyUsers(api);
  const { task } = await createTask(api, user, { title: 'with attachments' });
  return { user, other, taskId: task.task_id };
}

/**
 * Create → form POST → ready → the download URL returns the very bytes, as an attachment;
 * list shows it; delete removes it (404 after).
 *
 * @example
 * ```ts
 * await attachmentRoundTrip(localTarget());
 * ```
 */
export async function attachmentRoundTrip(target: Target): Promise<void> {
  const api = new ApiClient(target);
  const { user, taskId } = await userWithTask(api);
  const created = await createAttachment(api, user, taskId, {
    filename: 'Résumé 1.png',
    content_type: 'image/png',
    size: PNG.length,
  });
  expectEqual(created.exchange, 'the new status', created.attachment.status, 'pending');
  const location = created.exchange.headers.get('location') ?? '';
  expectThat(
    created.exchange,
    'Location names the attachment',
    location.endsWith(`/attachments/${created.attachment.attachment_id}`),
  );
  const posted = await postFile(api, created.upload, PNG);
  expectThat(created.exchange, `storage accepts the form (got ${posted})`, posted >= 200 && posted < 300);
  const verdict = await awaitVerdict(api, user, taskId, created.attachment.attachment_id);
  expectEqual(verdict.exchange, 'the verdict', verdict.attachment.status, 'ready');
  const url = (verdict.download as NonNullable<AttachmentView['download']>).url;
  const got = await download(api, url);
  expectEqual(verdict.exchange, 'the download status', got.status, 200);
  expectEqual(verdict.exchange, 'the downloaded bytes', [...got.bytes], [...PNG]);
  expectThat(
    verdict.exchange,
    `the download is an attachment named for the file (got ${got.headers.get('content-disposition')})`,
    /^attachment;/.test(got.headers.get('content-disposition') ?? '') &&
      (got.headers.get('content-disposition') ?? '').includes("filename*=UTF-8''R%C3%A9sum%C3%A9%201.png"),
  );
  expectEqual(verdict.exchange, 'the download type', got.headers.get('content-type'), 'image/png');
  const list = await api.send({ operationId: 'listAttachments', path: { user_id: user, task_id: taskId } });
  expectEqual(list, 'the listed ids', idsOf((list.body as { attachments: Attachment[] }).attachments), [
    created.attachment.attachment_id,
  ]);
  const one = { user_id: user, task_id: taskId, attachment_id: created.attachment.attachment_id };
  expectStatus(await api.send({ operationId: 'deleteAttachment', path: one }), 204);
  expectStatus(await api.send({ operationId: 'getAttachment', path: one }), 404);
  expectStatus(await api.send({ operationId: 'deleteAttachment', path: one }), 404);
  const gone = await download(api, url);
  expectThat(verdict.exchange, `the deleted file is not served (got ${gone.status})`, gone.status >= 400);
}

/** Storage refused the form (pending stays), or it took it and the check rejected it; never ready. */
async function expectRefusedOrRejected(api: ApiClient, user: string, taskId: string, id: string, posted: number) {
  if (posted >= 400) {
    const view = await viewAttachment(api, user, taskId, id);
    expectEqual(view, 'the attachment after storage refused the form', view.body, {
      ...(view.body as AttachmentView),
      attachment: { ...(view.body as AttachmentView).attachment, status: 'pending' },
      download: null,
    });
    return undefined;
  }
  const verdict = await awaitVerdict(api, user, taskId, id);
  expectEqual(verdict.exchange, 'the verdict', verdict.attachment.status, 'rejected');
  expectEqual(verdict.exchange, 'the download of a rejected file', verdict.download, null);
  expectThat(verdict.exchange, 'a reason is given', typeof verdict.attachment.reason === 'string');
  return verdict.attachment.reason;
}

/**
 * A file larger than its declared size: refused by storage, or rejected; never ready.
 *
 * @example
 * ```ts
 * await largerThanDeclared(mockTarget());
 * ```
 */
export async function largerThanDeclared(target: Target): Promise<void> {
  const api = new ApiClient(target);
  const { user, taskId } = await userWithTask(api);
  const { attachment, upload } = await createAttachment(api, user, taskId, {
    filename: 'small.png',
    content_type: 'image/png',
    size: 8,
  });
  const posted = await postFile(api, upload, PNG);
  await expectRefusedOrRejected(api, user, taskId, attachment.attachment_id, posted);
}

/**
 * HTML sent as the declared image/png (the form's Content-Type as presigned): storage takes
 * it, the server's sniffing rejects it.
 *
 * @example
 * ```ts
 * await htmlDeclaredAsPng(localTarget());
 * ```
 */
export async function htmlDeclaredAsPng(target: Target): Promise<void> {
  const api = new ApiClient(target);
  const { user, taskId } = await userWithTask(api);
  const { attachment, upload } = await createAttachment(api, user, taskId, {
    filename: 'picture.png',
    content_type: 'image/png',
    size: 1000,
  });
  const posted = await postFile(api, upload, HTML);
  const reason = await expectRefusedOrRejected(api, user, taskId, attachment.attachment_id, posted);
  expectThat(
    { label: `[${target.name}] HTML as image/png`, status: posted, body: reason },
    'storage took the form (its policy allows the type and size) and the check rejected it',
    posted < 300 && reason !== undefined,
  );
}

/**
 * 20 attachments on a task; the 21st is a 409 attachment-limit problem; nothing more is listed.
 *
 * @example
 * ```ts
 * await attachmentLimit(mockTarget());
 * ```
 */
export async function attachmentLimit(target: Target): Promise<void> {
  const api = new ApiClient(target);
  const { user, taskId } = await userWithTask(api);
  const file = { filename: 'note.txt', content_type: 'text/plain' as const, size: 10 };
  for (let i = 0; i < 20; i++) await createAttachment(api, user, taskId, file);
  const over = await api.send({
    operationId: 'createAttachment',
    path: { user_id: user, task_id: taskId },
    json: file,
  });
  expectStatus(over, 409);
  expectEqual(
    over,
    'the problem type',
    (over.body as Problem).type,
    'https://serverless-todo.dev/problems/attachment-limit',
  );
  const list = await api.send({ operationId: 'listAttachments', path: { user_id: user, task_id: taskId } });
  expectEqual(list, 'how many are listed', (list.body as { attachments: Attachment[] }).attachments.length, 20);
}

/**
 * Another user's task: 403 on their path for all four operations, 404 for their task id
 * under one's own path; their attachment is untouched.
 *
 * @example
 * ```ts
 * await attachmentOwnership(localTarget());
 * ```
 */
export async function attachmentOwnership(target: Target): Promise<void> {
  const api = new ApiClient(target);
  const { user: owner, other: intruder, taskId } = await userWithTask(api);
  const { attachment } = await createAttachment(api, owner, taskId, {
    filename: 'a.txt',
    content_type: 'text/plain',
    size: 5,
  });
  const file = { filename: 'b.txt', content_type: 'text/plain', size: 5 };
  for (const user_id of [owner, intruder]) {
    const expected = user_id === owner ? 403 : 404;
    const base = { user_id, task_id: taskId };
    const one = { ...base, attachment_id: attachment.attachment_id };
    expectStatus(await api.send({ operationId: 'createAttachment', path: base, json: file, as: intruder }), expected);
    expectStatus(await api.send({ operationId: 'listAttachments', path: base, as: intruder }), expected);
    expectStatus(await api.send({ operationId: 'getAttachment', path: one, as: intruder }), expected);
    expectStatus(await api.send({ operationId: 'deleteAttachment', path: one, as: intruder }), expected);
  }
  const list = await api.send({ operationId: 'listAttachments', path: { user_id: owner, task_id: taskId } });
  expectEqual(list, "the owner's attachments", (list.body as { attachments: Attachment[] }).attachments, [attachment]);
}

/**
 * A download URL with a flipped signature, or signed at a date long past (expired), is
 * refused by storage; the untouched URL still works.
 *
 * @example
 * ```ts
 * await tamperedDownloadUrls(mockTarget());
 * ```
 */
export async function tamperedDownloadUrls(target: Target): Promise<void> {
  const api = new ApiClient(target);
  const { user, taskId } = await userWithTask(api);
  const { attachment, upload } = await createAttachment(api, user, taskId, {
    filename: 'notes.txt',
    content_type: 'text/plain',
    size: 100,
  });
  await postFile(api, upload, new TextEncoder().encode('plain text notes\n'));
  const verdict = await awaitVerdict(api, user, taskId, attachment.attachment_id);
  expectEqual(verdict.exchange, 'the verdict', verdict.attachment.status, 'ready');
  const url = new URL((verdict.download as NonNullable<AttachmentView['download']>).url);
  const signature = url.searchParams.get('X-Amz-Signature') ?? '';
  const forged = new URL(url);
  forged.searchParams.set('X-Amz-Signature', `${signature.slice(0, -1)}${signature.endsWith('0') ? '1' : '0'}`);
  const expired = new URL(url);
  expired.searchParams.set('X-Amz-Date', '20200101T000000Z');
  for (const [what, tampered] of [
    ['forged', forged],
    ['expired', expired],
  ] as const) {
    const got = await download(api, tampered.href);
    expectThat(verdict.exchange, `a ${what} download URL is refused with 403 (got ${got.status})`, got.status === 403);
  }
  expectEqual(verdict.exchange, 'the untouched URL', (await download(api, url.href)).status, 200);
}

/**
 * Once its task is deleted, an attachment is 404 for every operation, at once.
 *
 * @example
 * ```ts
 * await attachmentsAfterTaskDelete(localTarget());
 * ```
 */
export async function attachmentsAfterTaskDelete(target: Target): Promise<void> {
  const api = new ApiClient(target);
  const { user, taskId } = await userWithTask(api);
  const file = { filename: 'a.txt', content_type: 'text/plain' as const, size: 5 };
  const { attachment } = await createAttachment(api, user, taskId, file);
  const base = { user_id: user, task_id: taskId };
  const one = { ...base, attachment_id: attachment.attachment_id };
  expectStatus(await api.send({ operationId: 'deleteTask', path: base }), 204);
  expectStatus(await api.send({ operationId: 'getAttachment', path: one }), 404);
  expectStatus(await api.send({ operationId: 'listAttachments', path: base }), 404);
  expectStatus(await api.send({ operationId: 'deleteAttachment', path: one }), 404);
  expectStatus(await api.send({ operationId: 'createAttachment', path: base, json: file }), 404);
}
