// The `attachments` resource, over the client's typed `raw` openapi-fetch client (so the
// token, headers and middleware apply), plus the upload flow: create → form POST → poll.
import { TodoApiError } from '../errors.ts';
import type { TodoClient } from '../types.ts';
import { pollUntil } from './poll.ts';
import type { Attachment, AttachmentsApi, AttachmentsOptions, TodoClientWithAttachments } from './types.ts';

const LIST = '/users/{user_id}/tasks/{task_id}/attachments';
const ONE = '/users/{user_id}/tasks/{task_id}/attachments/{attachment_id}';

/** The type URI of the error `upload` rejects with when the server rejected the file. */
export const ATTACHMENT_REJECTED = 'https://serverless-todo.dev/problems/attachment-rejected';

type Answer<T> = { data?: T; error?: unknown; response: Response };

const unwrap = async <T>(call: Promise<Answer<T>>): Promise<T> => {
  const { data, error, response } = await call;
  if (!response.ok) throw new TodoApiError(response, error);
  return data as T;
};

const rejected = (attachment: Attachment) =>
  new TodoApiError(
    { status: 422, statusText: 'Attachment rejected', headers: new Headers() },
    {
      type: ATTACHMENT_REJECTED,
      title: 'The file was rejected.',
      status: 422,
      detail: attachment.reason ?? undefined,
      attachment,
    },
  );

/**
 * Adds `attachments` to a client. Kept out of the core entry so that apps without files do
 * not pay for it.
 *
 * @example
 * ```ts
 * import { createTodoClient } from '@serverless-todo/client';
 * import { withAttachments } from '@serverless-todo/client/attachments';
 *
 * const client = withAttachments(createTodoClient({ baseUrl, token }));
 * const attachment = await client.attachments.upload('u1', taskId, file); // status 'ready'
 * ```
 */
export function withAttachments<C extends TodoClient>(
  client: C,
  options: AttachmentsOptions = {},
): TodoClientWithAttachments<C> {
  const { raw } = client;
  const path = (user_id: string, task_id: string) => ({ user_id, task_id });
  const api: AttachmentsApi = {
    create: (userId, taskId, body, { signal } = {}) =>
      unwrap(raw.POST(LIST, { params: { path: path(userId, taskId) }, body, signal })),
    list: async (userId, taskId, { signal } = {}) =>
      (await unwrap(raw.GET(LIST, { params: { path: path(userId, taskId) }, signal }))).attachments,
    get: (userId, taskId, attachment_id, { signal } = {}) =>
      unwrap(raw.GET(ONE, { params: { path: { ...path(userId, taskId), attachment_id } }, signal })),
    delete: async (userId, taskId, attachment_id, { signal } = {}) => {
      await unwrap(raw.DELETE(ONE, { params: { path: { ...path(userId, taskId), attachment_id } }, signal }));
    },
    async upload(userId, taskId, file, { signal, filename, contentType, waitMs = 30_000, onPhase } = {}) {
      onPhase?.('creating');
      const { attachment, upload } = await api.create(
        userId,
        taskId,
        {
          filename: filename ?? (file as Partial<File>).name ?? 'file',
          content_type: contentType ?? (file.type.split(';')[0]?.trim() as Attachment['content_type']),
          size: file.size,
        },
        { signal },
      );
      onPhase?.('uploading', attachment);
      // The policy's fields first, the file last: S3 ignores fields after the file.
      const form = new FormData();
      for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
      form.append('file', file, attachment.filename);
      const posted = await (options.fetch ?? globalThis.fetch)(upload.url, { method: 'POST', body: form, signal });
      if (!posted.ok) throw new TodoApiError(posted, await posted.text());
      onPhase?.('verifying', attachment);
      const checked = await pollUntil(
        async () => {
          const { attachment: now } = await api.get(userId, taskId, attachment.attachment_id, { signal });
          return now.status === 'pending' ? undefined : now;
        },
        waitMs,
        signal,
      );
      if (checked.status === 'rejected') throw rejected(checked);
      return checked;
    },
  };
  return Object.assign(client, { attachments: api });
}
