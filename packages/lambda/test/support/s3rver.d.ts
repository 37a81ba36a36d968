// s3rver ships no types; this is the part of its API the handler tests use.
declare module 's3rver' {
  import type { EventEmitter } from 'node:events';
  import type { AddressInfo } from 'node:net';

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    vhostBuckets?: boolean;
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
  }

  /** One record as s3rver emits it (S3's shape). */
  interface S3rverRecord {
    eventName: string;
    s3: { bucket: { name: string }; object: { key: string; sequencer: string; size?: number; eTag?: string } };
  }

  export default class S3rver extends EventEmitter {
    constructor(options?: S3rverOptions);
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
    on(event: 'event', listener: (event: { Records: S3rverRecord[] }) => void): this;
  }
  export type { S3rverRecord };
}
