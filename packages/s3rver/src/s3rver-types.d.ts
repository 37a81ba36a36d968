// s3rver ships no types; this is the part of its API the project uses (its one declaration).
declare module 's3rver' {
  import type { EventEmitter } from 'node:events';
  import type { IncomingMessage, ServerResponse } from 'node:http';
  import type { AddressInfo } from 'node:net';

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    allowMismatchedSignatures?: boolean;
    vhostBuckets?: boolean;
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
  }

  /** One record as s3rver emits it (S3's shape, eventVersion 2.0). */
  interface S3rverRecord {
    eventVersion: string;
    eventSource: string;
    awsRegion: string;
    eventTime: string;
    eventName: string;
    userIdentity: { principalId: string };
    requestParameters: { sourceIPAddress: string };
    responseElements: Record<string, string>;
    s3: {
      s3SchemaVersion: string;
      configurationId: string;
      bucket: { name: string; ownerIdentity: { principalId: string }; arn: string };
      object: { key: string; sequencer: string; size?: number; eTag?: string };
    };
  }

  export default class S3rver extends EventEmitter {
    constructor(options?: S3rverOptions);
    run(): Promise<AddressInfo>;
    /** Creates the configured buckets (what run() does before it listens). */
    configureBuckets(): Promise<void>;
    /** The request handler (Koa's), for a server of one's own. */
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    close(): Promise<void>;
    reset(): void;
    on(event: 'event', listener: (event: { Records: S3rverRecord[] }) => void): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
  export type { S3rverOptions, S3rverRecord };
}
