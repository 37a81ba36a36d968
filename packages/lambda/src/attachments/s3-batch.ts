// An S3 notification's records, each handled on its own: one failing record neither stops
// the others nor hides which failed. S3 invokes the function asynchronously, so the handler
// turns failures into a thrown error (Lambda then retries the whole event; the records that
// succeeded converge again as no-ops).
import type { S3EventRecord } from 'aws-lambda';
import { decodeEventKey } from './object-key.ts';
import type { VerifyOutcome } from './verify-object.ts';

/** One record's identity in a batch: its key and S3's sequencer for it. */
export interface BatchItemFailure {
  readonly itemIdentifier: string;
}

/** What a batch came to: the records that failed, as Lambda's partial batch response names them. */
export interface BatchResult {
  readonly batchItemFailures: BatchItemFailure[];
  readonly outcomes: (VerifyOutcome | 'failed')[];
}

/** The records a handler reacts to: object creations and removals. */
const HANDLED = /^ObjectCreated:|^ObjectRemoved:/;

/**
 * Runs `work` for each object record (decoded key) and collects the failures.
 *
 * @example
 * ```ts
 * const { batchItemFailures } = await processRecords(event.Records, (bucket, key) => verifyObject(stores, bucket, key));
 * ```
 */
export async function processRecords(
  records: readonly S3EventRecord[],
  work: (bucket: string, key: string) => Promise<VerifyOutcome>,
  onError: (record: S3EventRecord, error: unknown) => void = () => undefined,
): Promise<BatchResult> {
  const settled = await Promise.allSettled(
    records.map((record) =>
      HANDLED.test(record.eventName)
        ? work(record.s3.bucket.name, decodeEventKey(record.s3.object.key))
        : Promise.resolve<VerifyOutcome>('ignored'),
    ),
  );
  const batchItemFailures: BatchItemFailure[] = [];
  const outcomes = settled.map((result, i) => {
    if (result.status === 'fulfilled') return result.value;
    const record = records[i] as S3EventRecord;
    onError(record, result.reason);
    batchItemFailures.push({ itemIdentifier: `${record.s3.object.key}@${record.s3.object.sequencer}` });
    return 'failed' as const;
  });
  return { batchItemFailures, outcomes };
}
