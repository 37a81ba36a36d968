// GET /users/{user_id}/tasks/{task_id}/attachments/{attachment_id}

import { getAttachment as operation } from '@serverless-todo/contract/requests/getAttachment';
import { getAttachment } from '../attachments/get-attachment.ts';
import { loadEnv, required } from '../env.ts';
import { defineHandler } from '../http/define-handler.ts';
import { attachmentStores } from './attachment-stores.ts';

const env = loadEnv('GetAttachmentFunction');

/**
 * The getAttachment function: API Gateway REST proxy event in, proxy result out.
 *
 * @example
 * ```ts
 * const result = await handler(event, context); // 200 { attachment, download: { url, expires_at } | null }
 * ```
 */
export const handler = defineHandler(operation, env, async ({ request, principal }) => {
  required(env, 'ATTACHMENTS_BUCKET');
  const { task_id, attachment_id } = request.path;
  return { status: 200, body: await getAttachment(attachmentStores(env), principal, task_id, attachment_id) };
});
