// The tasks table's delete cascade (TaskCascadeFunction): its FilterCriteria passes only
// REMOVE records, and for each it deletes the task's attachment objects and records.

import { dynamodb } from '../aws/dynamodb.ts';
import { s3 } from '../aws/s3.ts';
import { removeTaskAttachments } from '../cascade/remove-task-attachments.ts';
import { inOrder } from '../changes/in-order.ts';
import { recordParts } from '../changes/record-images.ts';
import { loadEnv, required } from '../env.ts';
import { logger } from '../observability/logger.ts';

const env = loadEnv('TaskCascadeFunction');

/**
 * The TaskCascadeFunction handler: a batch of task deletions in, the failed records out
 * (ReportBatchItemFailures).
 *
 * @example
 * ```ts
 * const { batchItemFailures } = await handler(streamEvent, context);
 * ```
 */
export const handler = inOrder(async (record) => {
  const { eventName, oldImage } = recordParts(record);
  if (eventName !== 'REMOVE' || typeof oldImage?.user_id !== 'string' || typeof oldImage.task_id !== 'string') return;
  const stores = {
    db: dynamodb,
    s3,
    attachmentsTable: required(env, 'ATTACHMENTS_TABLE'),
    bucket: required(env, 'ATTACHMENTS_BUCKET'),
  };
  const removed = await removeTaskAttachments(stores, oldImage.user_id, oldImage.task_id);
  if (removed > 0) logger.info('task attachments removed', { task_id: oldImage.task_id, removed });
});
