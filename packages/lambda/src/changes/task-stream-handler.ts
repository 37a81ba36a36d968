// The tasks table's stream consumer, built over a summary table: per record, the user's
// counters (exactly once) and one change event, logged as a structured record. Records are
// handled in order, and the first failure fails every record after it too: Lambda retries
// from the first failed record anyway, and no later change of a task is applied before an
// earlier one.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { logger } from '../observability/logger.ts';
import { applyChange } from '../summary/apply-change.ts';
import type { SummaryTable } from '../summary/summary-db.ts';
import { taskChange } from '../summary/task-change.ts';
import { taskEvent } from './change-event.ts';
import { recordParts } from './record-images.ts';

/** A record left for the retry because one before it in the batch failed. */
export class EarlierRecordFailedError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('an earlier record of this batch failed; this one is retried after it', options);
    this.name = 'EarlierRecordFailedError';
  }
}

async function handleRecord(table: SummaryTable, record: DynamoDBRecord): Promise<void> {
  const parts = recordParts(record);
  const change = taskChange(parts.eventName, parts.oldImage, parts.newImage);
  const applied = change ? await applyChange(table, change, new Date().toISOString()) : 'unchanged';
  const event = taskEvent(parts);
  // Every delivery logs its event, a redelivered one again with the same event_id:
  // subscribers deduplicate, and no event is lost to a crash after the counters moved.
  if (event) logger.info(event.type, { change_event: event, counters: applied });
}

/** A stream handler answering with the failed records (ReportBatchItemFailures). */
export type TaskStreamHandler = (
  event: DynamoDBStreamEvent,
  context: Context,
) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;

/**
 * Builds the TaskStreamFunction handler over a summary table.
 *
 * @example
 * ```ts
 * const handler = createTaskStreamHandler(() => ({ db: summaryDb, tableName: 'SummariesTable' }));
 * const { batchItemFailures } = await handler(streamEvent, context);
 * ```
 */
export function createTaskStreamHandler(tableOf: () => SummaryTable): TaskStreamHandler {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  return async (event, context) => {
    const table = tableOf();
    let failed = false;
    return processPartialResponse(
      event,
      async (record: DynamoDBRecord) => {
        if (failed) throw new EarlierRecordFailedError();
        try {
          await handleRecord(table, record);
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
