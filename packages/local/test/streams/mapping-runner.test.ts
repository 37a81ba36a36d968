// The poller's retry rules, driven by a scripted function (no worker threads): what is
// retried after an error or a partial failure, when a batch is discarded, and that the
// shard then moves on.
import { describe, expect, it } from 'vitest';
import type { InvokeOutcome } from '../../src/gateway/function-runtime.ts';
import type { DiscardedBatch } from '../../src/streams/failure-destination.ts';
import { MappingRunner, type MappingSettings } from '../../src/streams/mapping-runner.ts';
import type { LocalStreamRecord } from '../../src/streams/stream-record.ts';

const records = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      ({ eventName: 'INSERT', dynamodb: { SequenceNumber: String(100 + i), SizeBytes: 1 } }) as LocalStreamRecord,
  );
const seq = (r: LocalStreamRecord) => Number(r.dynamodb.SequenceNumber) - 100;

/** Runs a mapping over `n` records with a function that answers by `answer`, until idle (bounded). */
async function run(settings: Partial<MappingSettings>, n: number, answer: (batch: number[]) => InvokeOutcome) {
  const batches: number[][] = [];
  const discarded: number[][] = [];
  let settle: () => void = () => {};
  const idle = new Promise<void>((resolve) => {
    settle = resolve;
  });
  const runner: MappingRunner = new MappingRunner(
    {
      functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:F',
      shardId: 'shardId-1',
      streamArn: 'arn:stream',
      batchSize: 10,
      windowMs: 0,
      maxRetries: 2,
      bisect: false,
      reportBatchItemFailures: false,
      patterns: [],
      destination: null,
      ...settings,
    },
    async (event) => {
      const batch = event.Records.map(seq);
      batches.push(batch);
      return answer(batch);
    },
    (batch: DiscardedBatch) => discarded.push(batch.records.map(seq)),
    () => {
      if (runner.idle && batches.length > 0) settle();
    },
  );
  runner.start();
  runner.push(records(n));
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('not idle after 10 s')), 10_000));
  await Promise.race([idle, timeout]);
  await runner.stop();
  return { batches, discarded };
}

const ok: InvokeOutcome = { kind: 'result', value: null };
const error: InvokeOutcome = { kind: 'error', error: { errorType: 'Error', errorMessage: 'bad', stack: [] } };
const report = (...seqs: number[]): InvokeOutcome => ({
  kind: 'result',
  value: { batchItemFailures: seqs.map((s) => ({ itemIdentifier: String(100 + s) })) },
});

describe('MappingRunner', () => {
  it('retries a failing batch whole, then discards it whole and moves on', async () => {
    const { batches, discarded } = await run({ batchSize: 3 }, 5, (b) => (b.includes(1) ? error : ok));
    expect(batches).toEqual([
      [0, 1, 2],
      [0, 1, 2],
      [0, 1, 2],
      [3, 4],
    ]);
    expect(discarded).toEqual([[0, 1, 2]]);
  });

  it('with no retries discards after the first failure', async () => {
    const { batches, discarded } = await run({ maxRetries: 0 }, 2, (b) => (b.includes(0) ? error : ok));
    expect(batches).toEqual([[0, 1]]);
    expect(discarded).toEqual([[0, 1]]);
  });

  it('reports: retries from the lowest failed record; discards from there once retries run out', async () => {
    const { batches, discarded } = await run({ reportBatchItemFailures: true, batchSize: 4 }, 6, (b) =>
      b.includes(2) ? report(3, 2) : ok,
    );
    expect(batches).toEqual([
      [0, 1, 2, 3],
      [2, 3, 4, 5],
      [2, 3, 4, 5],
    ]);
    expect(discarded).toEqual([[2, 3, 4, 5]]);
  });

  it('bisect with a report retries only the rest of the reported batch', async () => {
    let failed = false;
    const { batches } = await run({ reportBatchItemFailures: true, bisect: true, batchSize: 4 }, 6, (b) => {
      if (b.includes(1) && !failed) {
        failed = true;
        return report(1);
      }
      return ok;
    });
    expect(batches).toEqual([
      [0, 1, 2, 3],
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it('bisect isolates the bad record, which alone is retried and discarded', async () => {
    const { batches, discarded } = await run({ bisect: true, batchSize: 4 }, 4, (b) => (b.includes(2) ? error : ok));
    expect(batches).toEqual([[0, 1, 2, 3], [0, 1], [2, 3], [2], [2], [2], [3]]);
    expect(discarded).toEqual([[2]]);
  });
});
