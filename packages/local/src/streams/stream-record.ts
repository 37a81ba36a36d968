// One write's effect → one DynamoDB Streams record, shaped as Lambda delivers it
// (@types/aws-lambda DynamoDBRecord), honouring the table's StreamViewType.
import { randomUUID } from 'node:crypto';
import type { DynamoDBRecord, StreamRecord } from 'aws-lambda';
import { type Item, itemSize, keyOf, sameItem } from './items.ts';

/** The four view types of StreamSpecification. */
export type StreamViewType = NonNullable<StreamRecord['StreamViewType']>;

/** A record as the local stream keeps it: always with its dynamodb part and sequence number. */
export type LocalStreamRecord = DynamoDBRecord & {
  readonly eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  readonly dynamodb: StreamRecord & { readonly SequenceNumber: string; readonly SizeBytes: number };
};

/** What a record is made from: the item before and after one successful write. */
export interface ItemChange {
  readonly oldImage: Item | null;
  readonly newImage: Item | null;
}

/** The stream a record goes to. */
export interface StreamTable {
  readonly keyNames: readonly string[];
  readonly viewType: StreamViewType;
  readonly streamArn: string;
  readonly region: string;
}

/** Which images each view type writes. */
const IMAGES: Record<StreamViewType, { old: boolean; new: boolean }> = {
  KEYS_ONLY: { old: false, new: false },
  NEW_IMAGE: { old: false, new: true },
  OLD_IMAGE: { old: true, new: false },
  NEW_AND_OLD_IMAGES: { old: true, new: true },
};

/**
 * The record DynamoDB Streams writes for a change, or null when there is none: nothing
 * existed before or after (a delete of a missing item), or a Put/Update left the item's data
 * as it was ("If you perform a PutItem or UpdateItem operation that does not change any data
 * in an item, DynamoDB Streams does not write a stream record for that operation").
 *
 * @example
 * ```ts
 * streamRecord(table, { oldImage: null, newImage: { id: { S: 'a' } } }, '100000000000000000001', new Date());
 * // { eventName: 'INSERT', dynamodb: { Keys: { id: { S: 'a' } }, NewImage: …, SequenceNumber: '100000000000000000001', … } }
 * ```
 */
export function streamRecord(
  table: StreamTable,
  change: ItemChange,
  sequenceNumber: string,
  now: Date,
): LocalStreamRecord | null {
  const { oldImage, newImage } = change;
  if (oldImage === null && newImage === null) return null;
  if (oldImage !== null && newImage !== null && sameItem(oldImage, newImage)) return null;
  const eventName = oldImage === null ? 'INSERT' : newImage === null ? 'REMOVE' : 'MODIFY';
  const keys = keyOf((newImage ?? oldImage)!, table.keyNames);
  const images = IMAGES[table.viewType];
  const withNew = images.new && newImage !== null;
  const withOld = images.old && oldImage !== null;
  const size = itemSize(keys) + (withNew ? itemSize(newImage) : 0) + (withOld ? itemSize(oldImage) : 0);
  return {
    eventID: randomUUID().replaceAll('-', ''),
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: table.region,
    dynamodb: {
      // Seconds, as DynamoDB Streams gives it to Lambda.
      ApproximateCreationDateTime: Math.floor(now.getTime() / 1000),
      Keys: keys,
      ...(withNew ? { NewImage: newImage } : {}),
      ...(withOld ? { OldImage: oldImage } : {}),
      SequenceNumber: sequenceNumber,
      SizeBytes: size,
      StreamViewType: table.viewType,
    },
    eventSourceARN: table.streamArn,
  };
}
