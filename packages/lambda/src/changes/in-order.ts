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

/**
 * Builds a stream handler that runs `handleRecord` on each record, in order.
 *
 * @example
 * ```ts
 * export const handler = inOrder(async (record) => { … });
 * ```
 */
export function inOrder(handleRecord: (record: DynamoDBRecord) => Promise<void>): StreamHandler {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  return async (event, context) => {
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
      { context, processInParallel: false },
    );
  };
}
