// The tasks table's stream consumer (TaskStreamFunction): counters and change events.
import { createTaskStreamHandler } from '../changes/task-stream-handler.ts';
import { loadEnv, required } from '../env.ts';
import { summaryDb } from '../summary/summary-db.ts';

const env = loadEnv('TaskStreamFunction');

/**
 * The TaskStreamFunction handler: a DynamoDB stream batch in, the failed records out
 * (ReportBatchItemFailures).
 *
 * @example
 * ```ts
 * const { batchItemFailures } = await handler(streamEvent, context);
 * ```
 */
export const handler = createTaskStreamHandler(() => ({ db: summaryDb, tableName: required(env, 'SUMMARIES_TABLE') }));
