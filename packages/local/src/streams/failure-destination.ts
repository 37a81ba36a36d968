// The on-failure destination, locally: a JSON-lines file. Each line is the invocation record
// Lambda sends to an SQS/SNS destination for a stream source (requestContext,
// responseContext, DDBStreamBatchInfo) plus the records themselves under `payload`, as an S3
// destination would carry them, and which destination of the template it stands for.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LocalStreamRecord } from './stream-record.ts';

/** Why and how a batch was discarded. */
export interface DiscardedBatch {
  readonly functionArn: string;
  readonly shardId: string;
  readonly streamArn: string;
  /** The destination's logical id in the template, or null when the template sets none. */
  readonly destination: string | null;
  readonly records: readonly LocalStreamRecord[];
  readonly invokeCount: number;
  /** Set when the last attempt was an error or a timeout (not a reported item failure). */
  readonly functionError: boolean;
  readonly requestId: string;
}

const isoSeconds = (seconds: number | undefined) =>
  new Date((seconds ?? 0) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The line written for a discarded batch.
 *
 * @example
 * ```ts
 * failureRecord(batch, new Date()).DDBStreamBatchInfo.startSequenceNumber; // '100000000000000000004'
 * ```
 */
export function failureRecord(batch: DiscardedBatch, now: Date) {
  const first = batch.records[0]!;
  const last = batch.records[batch.records.length - 1]!;
  return {
    requestContext: {
      requestId: batch.requestId,
      functionArn: batch.functionArn,
      condition: 'RetryAttemptsExhausted',
      approximateInvokeCount: batch.invokeCount,
    },
    responseContext: {
      statusCode: 200,
      executedVersion: '$LATEST',
      ...(batch.functionError ? { functionError: 'Unhandled' } : {}),
    },
    version: '1.0',
    timestamp: now.toISOString(),
    DDBStreamBatchInfo: {
      shardId: batch.shardId,
      startSequenceNumber: first.dynamodb.SequenceNumber,
      endSequenceNumber: last.dynamodb.SequenceNumber,
      approximateArrivalOfFirstRecord: isoSeconds(first.dynamodb.ApproximateCreationDateTime),
      approximateArrivalOfLastRecord: isoSeconds(last.dynamodb.ApproximateCreationDateTime),
      batchSize: batch.records.length,
      streamArn: batch.streamArn,
    },
    destination: batch.destination,
    payload: { Records: batch.records },
  };
}

/** One line of the failures file. */
export type FailureRecord = ReturnType<typeof failureRecord>;

/**
 * Appends a discarded batch to the failures file (synchronously, so that a line is complete
 * before the shard moves on).
 *
 * @example
 * ```ts
 * writeFailure('/repo/.data/stream-failures.jsonl', batch);
 * ```
 */
export function writeFailure(file: string, batch: DiscardedBatch): void {
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(failureRecord(batch, new Date()))}\n`);
}
