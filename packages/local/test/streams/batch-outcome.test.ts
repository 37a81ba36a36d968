// How an invocation's answer decides what is retried (ReportBatchItemFailures).
import { describe, expect, it } from 'vitest';
import type { InvokeOutcome } from '../../src/gateway/function-runtime.ts';
import { batchOutcome } from '../../src/streams/batch-outcome.ts';
import type { LocalStreamRecord } from '../../src/streams/stream-record.ts';

const batch = ['11', '12', '13'].map(
  (seq) => ({ eventName: 'INSERT', dynamodb: { SequenceNumber: seq, SizeBytes: 1 } }) as LocalStreamRecord,
);
const result = (value: unknown): InvokeOutcome => ({ kind: 'result', value });
const failures = (...ids: unknown[]) =>
  result({ batchItemFailures: ids.map((itemIdentifier) => ({ itemIdentifier })) });

describe('batchOutcome', () => {
  it.each([
    ['no response', { given: result(null), want: { kind: 'success' } }],
    ['an empty list', { given: failures(), want: { kind: 'success' } }],
    ['a null list', { given: result({ batchItemFailures: null }), want: { kind: 'success' } }],
    ['one failure', { given: failures('12'), want: { kind: 'partial', at: 1 } }],
    ['the lowest of several', { given: failures('13', '12'), want: { kind: 'partial', at: 1 } }],
    ['an empty identifier', { given: failures(''), want: { kind: 'failure', functionError: false } }],
    ['a null identifier', { given: failures(null), want: { kind: 'failure', functionError: false } }],
    ['an identifier not in the batch', { given: failures('99'), want: { kind: 'failure', functionError: false } }],
    [
      'a thrown error',
      {
        given: { kind: 'error', error: { errorType: 'Error', errorMessage: 'x', stack: [] } },
        want: { kind: 'failure', functionError: true },
      },
    ],
    ['a timeout', { given: { kind: 'timeout' }, want: { kind: 'failure', functionError: true } }],
  ] as const)('%s', (_, { given, want }) => {
    expect(batchOutcome(batch, given as InvokeOutcome, true)).toEqual(want);
  });

  it('ignores a failure report when the mapping does not ask for one', () => {
    expect(batchOutcome(batch, failures('12'), false)).toEqual({ kind: 'success' });
  });
});
