// A DynamoDB stream record's images as plain values (the record carries them in DynamoDB's
// attribute-value JSON).
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, AttributeValue as StreamAttributeValue } from 'aws-lambda';
import type { RecordParts } from './change-event.ts';

type Image = Record<string, StreamAttributeValue> | undefined;

// aws-lambda's AttributeValue and the SDK's describe the same JSON with different types.
const plain = (image: Image) =>
  image === undefined ? undefined : unmarshall(image as Parameters<typeof unmarshall>[0], { wrapNumbers: false });

/**
 * The parts of a record that the counters and the change events read.
 *
 * @example
 * ```ts
 * recordParts(record).newImage; // { user_id: 'u1', task_id: '…', status: 'done', version: 2, … }
 * ```
 */
export function recordParts(record: DynamoDBRecord): RecordParts {
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    approximateCreationDateTime: record.dynamodb?.ApproximateCreationDateTime,
    oldImage: plain(record.dynamodb?.OldImage),
    newImage: plain(record.dynamodb?.NewImage),
  };
}
