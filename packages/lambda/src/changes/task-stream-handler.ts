// The stream consumer of the tasks and attachments tables, built over a summary table: per
// record, the user's counters (tasks only, exactly once) and one change event, logged as a
// structured record.
import type { DynamoDBRecord } from 'aws-lambda';
import { logger } from '../observability/logger.ts';
import { applyChange } from '../summary/apply-change.ts';
import type { SummaryTable } from '../summary/summary-db.ts';
import { taskChange } from '../summary/task-change.ts';
import { changeEvent } from './change-event.ts';
import { inOrder, type StreamHandler } from './in-order.ts';
import { recordParts } from './record-images.ts';

export type { StreamHandler as TaskStreamHandler };

async function handleRecord(table: SummaryTable, record: DynamoDBRecord): Promise<void> {
  const parts = recordParts(record);
  const isAttachment = typeof (parts.newImage ?? parts.oldImage)?.attachment_id === 'string';
  const change = isAttachment ? null : taskChange(parts.eventName, parts.oldImage, parts.newImage);
  const counters = change ? await applyChange(table, change, new Date().toISOString()) : 'unchanged';
  const event = changeEvent(parts);
  // Every delivery logs its event, a redelivered one again with the same event_id:
  // subscribers deduplicate, and no event is lost to a crash after the counters moved.
  if (event) logger.info(event.type, { change_event: event, counters });
}

/**
 * Builds the TaskStreamFunction handler over a summary table.
 *
 * @example
 * ```ts
 * const handler = createTaskStreamHandler(() => ({ db: summaryDb, tableName: 'SummariesTable' }));
 * const { batchItemFailures } = await handler(streamEvent, context);
 * ```
 */
export function createTaskStreamHandler(tableOf: () => SummaryTable): StreamHandler {
  return inOrder((record) => handleRecord(tableOf(), record));
}
