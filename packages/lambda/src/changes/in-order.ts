// Powertools' partial-batch processing, one record after another, where the first failure
// fails every record after it too: Lambda retries a stream from the first failed record
// anyway, and nothing after a failed change of an item is applied before it.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { EarlierRecordFailedError } from '../errors.ts';
import { logger } from '../observability/logger.ts';

/** A stream handler answering with the failed records (ReportBatchItemFailures). */
export type StreamHandler = (
  event: DynamoDBStreamEvent,
  context: Context,
) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;

/** What runs on one record. */
export type RecordHandler = (record: DynamoDBRecord) => Promise<void>;

/**
 * Builds a stream handler that runs `handleRecord` on each record, in order.
 *
 * @example
 * ```ts
 * export const handler = inOrder(async (record) => { … });
 * ```
 */
export function inOrder(handleRecord: RecordHandler): StreamHandler {
  return batchesInOrder(() => handleRecord);
}

/**
 * Like {@link inOrder}, with state of one batch: `startBatch` runs at each invocation and
 * returns the handler of that batch's records (a cache that must not outlive the batch).
 *
 * @example
 * ```ts
 * export const handler = batchesInOrder(() => {
 *   const seen = new Map<string, string[]>();
 *   return async (record) => { … };
 * });
 * ```
 */
export function batchesInOrder(startBatch: () => RecordHandler): StreamHandler {
  return async (event, context) => {
    // One processor per invocation: it keeps the batch's records and failures in its fields,
    // and the local API runs several invocations in one environment at once (two stream
    // mappings of one function), which would report one batch's failures for the other's.
    const processor = new BatchProcessor(EventType.DynamoDBStreams);
    const handleRecord = startBatch();
    let failed = false;
    return processPartialResponse(
      event,
      async (record: DynamoDBRecord) => {
        if (failed) throw new EarlierRecordFailedError();
        try {
          await handleRecord(record);
        } catch (error) {
          failed = true;
          logger.error('stream record failed', { sequence_number: record.dynamodb?.SequenceNumber, error });
          throw error;
        }
      },
      processor,
      // A batch whose first record fails is reported like any other, not thrown: Lambda then
      // retries from that record rather than splitting the batch as after a crash.
      { context, processInParallel: false, throwOnFullBatchFailure: false },
    );
  };
}
