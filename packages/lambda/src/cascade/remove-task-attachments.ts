// The cascade of a task's delete: every attachment record of the task, and its object. The
// object goes first and the record after it, so a failure in between leaves a record that
// the stream's retry finds again (deleting a missing object is a success in S3); the other
// order could leave an object that nothing points at any more.

import { taskKeyOf } from '../attachments/object-key.ts';
import type { DynamoDB } from '../aws/dynamodb.ts';
import type { S3 } from '../aws/s3.ts';

/** Where the cascade deletes. */
export interface CascadeStores {
  readonly db: Pick<DynamoDB, 'query' | 'delete'>;
  readonly s3: Pick<S3, 'delete'>;
  readonly attachmentsTable: string;
  readonly bucket: string;
}

/** Query pages to read at most for one task: 20 attachments fit in one; a bound all the same. */
const MAX_PAGES = 100;

/**
 * Deletes every attachment of a deleted task, object then record; returns how many.
 * Running it again after a success (a redelivered record) finds nothing and deletes nothing.
 *
 * @example
 * ```ts
 * await removeTaskAttachments(stores, 'user123', taskId); // 3
 * ```
 */
export async function removeTaskAttachments(stores: CascadeStores, userId: string, taskId: string): Promise<number> {
  let removed = 0;
  let startKey: Record<string, unknown> | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { Items = [], LastEvaluatedKey } = await stores.db.query({
      TableName: stores.attachmentsTable,
      KeyConditionExpression: '#key = :key',
      ExpressionAttributeNames: { '#key': 'task_key' },
      ExpressionAttributeValues: { ':key': taskKeyOf(userId, taskId) },
      ConsistentRead: true,
      ...(startKey ? { ExclusiveStartKey: startKey } : {}),
    });
    for (const item of Items) {
      await stores.s3.delete(stores.bucket, String(item.object_key));
      await stores.db.delete({
        TableName: stores.attachmentsTable,
        Key: { task_key: item.task_key, attachment_id: item.attachment_id },
      });
      removed++;
    }
    if (!LastEvaluatedKey) break;
    startKey = LastEvaluatedKey;
  }
  return removed;
}
