// Steps of the attachment scenarios: create one, post its file to storage as a browser
// does, wait (bounded) for the server's verdict, and fetch a download URL. Storage requests
// go through the target's fetch, so the mock's fake bucket and a real S3 are reached alike.
import type { Attachment, AttachmentCreate, AttachmentCreated, AttachmentView } from '@serverless-todo/contract';
import { UnexpectedResponseError } from '../errors.ts';
import type { ApiClient, Exchange } from './api-client.ts';
import { expectStatus } from './expect.ts';

/** The longest a scenario waits for a verdict, and the first and longest wait between polls. */
export const VERDICT_WAIT_MS = 20_000;
const FIRST_POLL_MS = 50;
const MAX_POLL_MS = 1000;

/**
 * Creates an attachment (asserting 201) and returns the body with the exchange.
 *
 * @example
 * ```ts
 * const { attachment, upload } = await createAttachment(api, user, taskId, { filename: 'a.png', content_type: 'image/png', size: 24 });
 * ```
 */
export async function createAttachment(
  api: ApiClient,
  userId: string,
  taskId: string,
  body: AttachmentCreate,
): Promise<AttachmentCreated & { exchange: Exchange }> {
  const exchange = await api.send({
    operationId: 'createAttachment',
    path: { user_id: userId, task_id: taskId },
    json: body,
  });
  expectStatus(exchange, 201);
  return { ...(exchange.body as AttachmentCreated), exchange };
}

/**
 * Posts `bytes` with the presigned form (the file last, as S3 requires) and returns the
 * storage's status. `fields` override presigned ones (a test's lie about the type).
 *
 * @example
 * ```ts
 * const status = await postFile(api, upload, bytes);
 * ```
 */
export async function postFile(
  api: ApiClient,
  upload: AttachmentCreated['upload'],
  bytes: Uint8Array,
  fields: Record<string, string> = {},
): Promise<number> {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...upload.fields, ...fields })) form.append(name, value);
  form.append('file', new Blob([bytes.slice().buffer as ArrayBuffer]), 'upload.bin');
  const response = await api.target.fetch(new Request(upload.url, { method: 'POST', body: form }));
  await response.arrayBuffer();
  return response.status;
}

/**
 * Polls getAttachment until the attachment is no longer pending (waits growing from 50 ms to
 * 1 s), for at most VERDICT_WAIT_MS; throws when it is still pending then.
 *
 * @example
 * ```ts
 * const { attachment, download } = await awaitVerdict(api, user, taskId, id);
 * ```
 */
export async function awaitVerdict(
  api: ApiClient,
  userId: string,
  taskId: string,
  attachmentId: string,
): Promise<AttachmentView & { exchange: Exchange }> {
  const deadline = Date.now() + VERDICT_WAIT_MS;
  for (let wait = FIRST_POLL_MS; ; wait = Math.min(wait * 2, MAX_POLL_MS)) {
    const exchange = await viewAttachment(api, userId, taskId, attachmentId);
    const view = exchange.body as AttachmentView;
    if (view.attachment.status !== 'pending') return { ...view, exchange };
    if (Date.now() >= deadline) {
      throw new UnexpectedResponseError(`${exchange.label}\n  → still pending after ${VERDICT_WAIT_MS} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/**
 * getAttachment, asserting 200.
 *
 * @example
 * ```ts
 * const view = (await viewAttachment(api, user, taskId, id)).body as AttachmentView;
 * ```
 */
export async function viewAttachment(
  api: ApiClient,
  userId: string,
  taskId: string,
  attachmentId: string,
): Promise<Exchange> {
  const exchange = await api.send({
    operationId: 'getAttachment',
    path: { user_id: userId, task_id: taskId, attachment_id: attachmentId },
  });
  expectStatus(exchange, 200);
  return exchange;
}

/**
 * GETs a download URL through the target's fetch.
 *
 * @example
 * ```ts
 * const { status, bytes } = await download(api, view.download.url);
 * ```
 */
export async function download(
  api: ApiClient,
  url: string,
): Promise<{ status: number; headers: Headers; bytes: Uint8Array }> {
  const response = await api.target.fetch(new Request(url));
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** The attachment ids in a list answer. */
export const idsOf = (attachments: readonly Attachment[]): string[] => attachments.map((a) => a.attachment_id);
