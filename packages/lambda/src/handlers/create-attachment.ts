// POST /users/{user_id}/tasks/{task_id}/attachments: a pending record and a presigned POST.

import { createAttachment as operation } from '@serverless-todo/contract/requests/createAttachment';
import { createAttachment } from '../attachments/create-attachment.ts';
import { loadEnv, required } from '../env.ts';
import { defineHandler } from '../http/define-handler.ts';
import { attachmentStores } from './attachment-stores.ts';

const env = loadEnv('CreateAttachmentFunction');

/**
 * The createAttachment function: API Gateway REST proxy event in, proxy result out.
 *
 * @example
 * ```ts
 * const result = await handler(event, context); // 201 { attachment, upload: { url, fields, expires_at } }
 * ```
 */
export const handler = defineHandler(operation, env, async ({ request, principal, path }) => {
  required(env, 'ATTACHMENTS_BUCKET');
  const created = await createAttachment(attachmentStores(env), principal, request.path.task_id, request.body);
  return {
    status: 201,
    body: created,
    headers: { Location: `${path}/${encodeURIComponent(created.attachment.attachment_id)}` },
  };
});
