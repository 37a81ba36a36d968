// How Lambda reads a stream batch's invocation: success, a partial failure (with
// ReportBatchItemFailures: retry from the lowest failed sequence number) or a failure of the
// whole batch (an error, a timeout, or a failure report it cannot use).
import type { InvokeOutcome } from '../gateway/function-runtime.ts';
import type { LocalStreamRecord } from './stream-record.ts';

/** What becomes of a batch after one invocation. */
export type BatchOutcome =
  | { readonly kind: 'success' }
  /** Records before `at` are done; `at` is the checkpoint retried from. */
  | { readonly kind: 'partial'; readonly at: number }
  | { readonly kind: 'failure'; readonly functionError: boolean };

/**
 * Classifies an invocation of `batch` as Lambda does.
 *
 * @example
 * ```ts
 * batchOutcome(batch, { kind: 'result', value: { batchItemFailures: [{ itemIdentifier: seq }] } }, true);
 * // { kind: 'partial', at: 3 }
 * ```
 */
export function batchOutcome(
  batch: readonly LocalStreamRecord[],
  outcome: InvokeOutcome,
  reportBatchItemFailures: boolean,
): BatchOutcome {
  if (outcome.kind !== 'result') return { kind: 'failure', functionError: true };
  if (!reportBatchItemFailures) return { kind: 'success' };
  const failures = (outcome.value as { batchItemFailures?: unknown } | null)?.batchItemFailures;
  // An empty or null list, or no response at all, is a complete success.
  if (failures === undefined || failures === null || (Array.isArray(failures) && failures.length === 0)) {
    return { kind: 'success' };
  }
  if (!Array.isArray(failures)) return { kind: 'failure', functionError: false };
  let at = Number.POSITIVE_INFINITY;
  for (const failure of failures) {
    const id = (failure as { itemIdentifier?: unknown } | null)?.itemIdentifier;
    const index = typeof id === 'string' && id !== '' ? batch.findIndex((r) => r.dynamodb.SequenceNumber === id) : -1;
    // An empty, null or unknown identifier makes the whole batch a failure.
    if (index < 0) return { kind: 'failure', functionError: false };
    at = Math.min(at, index);
  }
  return { kind: 'partial', at };
}
