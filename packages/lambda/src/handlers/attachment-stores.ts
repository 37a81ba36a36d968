import type { AttachmentStores } from '../attachments/ports.ts';
import { dynamodb } from '../aws/dynamodb.ts';
import { s3 } from '../aws/s3.ts';
import { required } from '../env.ts';

/**
 * The tables and bucket of an attachment function, from its environment, on the instance's
 * DynamoDB and S3 clients. A function without ATTACHMENTS_BUCKET (the list) never presigns.
 *
 * @example
 * ```ts
 * const stores = attachmentStores(env); // throws ConfigurationError (a 500) when a variable is unset
 * ```
 */
export function attachmentStores(env: {
  readonly TABLE_NAME: string | undefined;
  readonly ATTACHMENTS_TABLE: string | undefined;
  readonly ATTACHMENTS_BUCKET?: string | undefined;
}): AttachmentStores {
  return {
    db: dynamodb,
    s3,
    tasksTable: required(env, 'TABLE_NAME'),
    attachmentsTable: required(env, 'ATTACHMENTS_TABLE'),
    bucket: env.ATTACHMENTS_BUCKET ?? '',
  };
}
