// The hourly maintenance job (MaintenanceSweepFunction, an EventBridge schedule): removes
// abandoned uploads and attachment records of missing tasks, reports the counts as EMF
// metrics, and stops well inside its timeout (the next run continues).
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import { dynamodb } from '../aws/dynamodb.ts';
import { s3 } from '../aws/s3.ts';
import { loadEnv, required } from '../env.ts';
import { logger } from '../observability/logger.ts';
import { metrics } from '../observability/metrics.ts';
import { type SweepReport, sweepAttachments } from '../sweep/sweep-attachments.ts';

const env = loadEnv('MaintenanceSweepFunction');
/** Left of the timeout when the sweep stops starting pages: room to report and save the cursor. */
const TIMEOUT_MARGIN_MS = 10_000;

/**
 * The MaintenanceSweepFunction handler: a Scheduled Event in, the run's counts out.
 *
 * @example
 * ```ts
 * await handler(scheduledEvent, context); // { scanned: 1200, abandoned: 3, orphaned: 1, pages: 3, complete: true }
 * ```
 */
export async function handler(_event: unknown, context: Context): Promise<SweepReport> {
  const minutes = Number(env.ABANDONED_UPLOAD_MINUTES ?? 60);
  const report = await sweepAttachments(
    {
      db: dynamodb,
      s3,
      tasksTable: required(env, 'TABLE_NAME'),
      attachmentsTable: required(env, 'ATTACHMENTS_TABLE'),
      bucket: required(env, 'ATTACHMENTS_BUCKET'),
      stateTable: required(env, 'SUMMARIES_TABLE'),
    },
    {
      abandonedMinutes: Number.isFinite(minutes) && minutes >= 0 ? minutes : 60,
      now: Date.now(),
      remainingMs: () => context.getRemainingTimeInMillis() - TIMEOUT_MARGIN_MS,
    },
  );
  metrics.captureColdStartMetric(context.functionName);
  metrics.addDimensions({ operation: 'maintenanceSweep' });
  metrics.addMetric('AttachmentRecordsScanned', MetricUnit.Count, report.scanned);
  metrics.addMetric('AbandonedUploadsRemoved', MetricUnit.Count, report.abandoned);
  metrics.addMetric('OrphanedAttachmentsRemoved', MetricUnit.Count, report.orphaned);
  metrics.addMetric('StrayObjectsRemoved', MetricUnit.Count, report.strays);
  metrics.addMetric('SweepIncomplete', MetricUnit.Count, report.complete ? 0 : 1);
  metrics.publishStoredMetrics();
  logger.info('maintenance sweep', { ...report });
  return report;
}
