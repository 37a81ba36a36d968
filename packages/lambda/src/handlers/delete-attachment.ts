// DELETE /users/{user_id}/tasks/{task_id}/attachments/{attachment_id}

import { deleteAttachment as operation } from '@serverless-todo/contract/requests/deleteAttachment';
import { deleteAttachment } from '../attachments/delete-attachment.ts';
import { loadEnv, required } from '../env.ts';
import { defineHandler } from '../http/define-handler.ts';
import { attachmentStores } from './attachment-stores.ts';

const env = loadEnv('DeleteAttachmentFunction');

/**
 * The deleteAttachment function: API Gateway REST proxy event in, proxy result out.
 *
 * @example
 * ```ts
 * const result = await handler(event, context); // 204
 * ```
 */
export const handler = defineHandler(operation, env, async ({ request, principal }) => {
  required(env, 'ATTACHMENTS_BUCKET');
  const { task_id, attachment_id } = request.path;
  await deleteAttachment(attachmentStores(env), principal, task_id, attachment_id);
  return { status: 204 };
});
