// Where the attachment code reads and writes: the function's lean AWS clients (src/aws) and
// the names its environment gives. The handlers pass the module-scope instances; tests pass
// clients of their own dynalite and s3rver.
import type { DynamoDB } from '../aws/dynamodb.ts';
import type { S3 } from '../aws/s3.ts';

/** The DynamoDB calls the attachment code makes. */
export type DocumentDb = Pick<DynamoDB, 'get' | 'put' | 'update' | 'delete' | 'query'>;

/** The S3 calls the attachment code makes. */
export type ObjectStore = Pick<S3, 'head' | 'getRange' | 'delete' | 'presignGet' | 'presignPost'>;

/** Where the http functions' attachment code reads and writes. */
export interface AttachmentStores {
  readonly db: DocumentDb;
  readonly s3: ObjectStore;
  readonly tasksTable: string;
  readonly attachmentsTable: string;
  /** The attachments bucket ('' for a function that never touches it: the list). */
  readonly bucket: string;
}
