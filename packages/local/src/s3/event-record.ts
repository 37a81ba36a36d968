// s3rver's notification (S3's shape as of eventVersion 2.0, with placeholder ids and a
// millisecond-clock sequencer) → the record Lambda receives from S3 today (eventVersion 2.1).

import type { S3rverRecord } from '@serverless-todo/s3rver';
import type { S3EventRecord } from 'aws-lambda';
import { eventKey } from './event-key.ts';

/** Where the local stack lives, as the record reports it. */
export interface RecordPlace {
  readonly region: string;
  readonly accountId: string;
}

/**
 * S3's sequencer is an opaque hex string that only orders events on the same key: a later
 * event has a greater value when both are padded to one length. s3rver uses Date.now(),
 * which ties within a millisecond; a per-key counter after the clock never does.
 */
export class Sequencer {
  #last = 0n;

  /** The next value: hex, 16 digits, strictly greater than the previous one. */
  next(): string {
    const now = BigInt(Date.now()) << 16n;
    this.#last = now > this.#last ? now : this.#last + 1n;
    return this.#last.toString(16).toUpperCase().padStart(16, '0');
  }
}

/**
 * One S3 record in AWS's current shape, for the notification named `configurationId`.
 *
 * @example
 * ```ts
 * const record = awsRecord(raw, { configurationId: 'Uploaded', sequencer: '0193A1…', place: { region: 'us-east-1', accountId: '000000000000' } });
 * record.s3.object.key; // 'uploads/red+flower.jpg'
 * ```
 */
export function awsRecord(
  raw: S3rverRecord,
  options: { configurationId: string; sequencer: string; place: RecordPlace },
): S3EventRecord {
  const { bucket, object } = raw.s3;
  // A removal carries no size or eTag in S3's records, though @types/aws-lambda says it does.
  const s3Object = (
    raw.eventName.startsWith('ObjectCreated:')
      ? { key: eventKey(object.key), size: object.size ?? 0, eTag: object.eTag ?? '', sequencer: options.sequencer }
      : { key: eventKey(object.key), sequencer: options.sequencer }
  ) as S3EventRecord['s3']['object'];
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: options.place.region,
    eventTime: raw.eventTime,
    eventName: raw.eventName,
    userIdentity: { principalId: `AWS:${options.place.accountId}` },
    requestParameters: { sourceIPAddress: raw.requestParameters.sourceIPAddress },
    responseElements: {
      'x-amz-request-id': raw.responseElements['x-amz-request-id'] ?? '',
      'x-amz-id-2': raw.responseElements['x-amz-id-2'] ?? '',
    },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: options.configurationId,
      bucket: {
        name: bucket.name,
        ownerIdentity: { principalId: options.place.accountId },
        arn: `arn:aws:s3:::${bucket.name}`,
      },
      object: s3Object,
    },
  };
}
