// What the attachment code needs of DynamoDB and S3, as the function's AWS layer offers it
// (DocumentClient-shaped inputs and outputs; S3 head, ranged get, delete and presigning).
// The handlers pass the module-scope instances; tests can pass the same over dynalite and
// s3rver.
import type {
  DeleteCommandInput,
  GetCommandInput,
  PutCommandInput,
  QueryCommandInput,
  UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';

type Item = Record<string, unknown>;

/** The DynamoDB calls the attachment code makes. */
export interface DocumentDb {
  get(input: GetCommandInput): Promise<{ Item?: Item }>;
  put(input: PutCommandInput): Promise<unknown>;
  update(input: UpdateCommandInput): Promise<{ Attributes?: Item }>;
  delete(input: DeleteCommandInput): Promise<{ Attributes?: Item }>;
  query(input: QueryCommandInput): Promise<{ Items?: Item[]; LastEvaluatedKey?: Item }>;
}

/** An object's metadata, from HeadObject. */
export interface ObjectHead {
  readonly size: number;
  readonly contentType: string | undefined;
  readonly eTag: string | undefined;
}

/** The S3 calls the attachment code makes. */
export interface ObjectStore {
  head(bucket: string, key: string): Promise<ObjectHead | undefined>;
  getRange(bucket: string, key: string, first: number, last: number): Promise<Uint8Array | undefined>;
  delete(bucket: string, key: string): Promise<unknown>;
  presignGet(
    bucket: string,
    key: string,
    options: { expiresInSeconds: number; query?: Record<string, string> },
  ): string | Promise<string>;
  presignPost(
    bucket: string,
    key: string,
    options: { expiresInSeconds: number; fields?: Record<string, string>; conditions?: unknown[] },
  ): { url: string; fields: Record<string, string> } | Promise<{ url: string; fields: Record<string, string> }>;
}

/** Where the attachment code reads and writes. */
export interface AttachmentStores {
  readonly db: DocumentDb;
  readonly s3: ObjectStore;
  readonly tasksTable: string;
  readonly attachmentsTable: string;
  readonly bucket: string;
}
