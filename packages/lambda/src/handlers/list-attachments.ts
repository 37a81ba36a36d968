// GET /users/{user_id}/tasks/{task_id}/attachments

import { listAttachments as operation } from '@serverless-todo/contract/requests/listAttachments';
import { listAttachments } from '../attachments/read-attachments.ts';
import { loadEnv } from '../env.ts';
import { defineHandler } from '../http/define-handler.ts';
import { attachmentStores } from './attachment-stores.ts';

const env = loadEnv('ListAttachmentsFunction');

/**
 * The listAttachments function: API Gateway REST proxy event in, proxy result out.
 *
 * @example
 * ```ts
 * const result = await handler(event, context); // 200 { attachments: [...] }
 * ```
 */
export const handler = defineHandler(operation, env, async ({ request, principal }) => ({
  status: 200,
  body: { attachments: await listAttachments(attachmentStores(env), principal, request.path.task_id) },
}));
