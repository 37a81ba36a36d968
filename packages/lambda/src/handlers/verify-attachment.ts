// The S3 function: ObjectCreated:* and ObjectRemoved:* on the attachments bucket. Each
// record brings its attachment in line with the object (attachments/verify-object.ts). S3
// invokes asynchronously and reads no response, so a batch with failures throws, after
// every record was tried, and Lambda's retry redelivers it; the others are no-ops then.

import type { S3Event } from 'aws-lambda';
import { processRecords } from '../attachments/s3-batch.ts';
import { verifyObject } from '../attachments/verify-object.ts';
import { dynamodb } from '../aws/dynamodb.ts';
import { s3 } from '../aws/s3.ts';
import { loadEnv, required } from '../env.ts';
import { logger } from '../observability/logger.ts';

const env = loadEnv('VerifyAttachmentFunction');

/** Some records of an S3 event failed; the message names them (keys only, no content). */
export class AttachmentBatchError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AttachmentBatchError';
  }
}

/**
 * The VerifyAttachmentFunction: an S3 event in, `{ batchItemFailures: [] }` out when every
 * record was handled.
 *
 * @example
 * ```ts
 * await handler({ Records: [record] }); // { batchItemFailures: [] }, or throws AttachmentBatchError
 * ```
 */
export async function handler(event: S3Event): Promise<{ batchItemFailures: { itemIdentifier: string }[] }> {
  const stores = { db: dynamodb, s3, attachmentsTable: required(env, 'ATTACHMENTS_TABLE') };
  const result = await processRecords(
    event.Records ?? [],
    (bucket, key) => verifyObject(stores, bucket, key),
    (record, error) => logger.error('attachment event failed', { key: record.s3.object.key, error }),
  );
  logger.info('attachment events', { outcomes: result.outcomes });
  if (result.batchItemFailures.length > 0) {
    const ids = result.batchItemFailures.map((f) => f.itemIdentifier).join(', ');
    throw new AttachmentBatchError(`${result.batchItemFailures.length} record(s) failed: ${ids}`);
  }
  return { batchItemFailures: [] };
}
