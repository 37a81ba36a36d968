// The event source mapping settings of the template, as the fixture consumers see them:
// partial batch failures, bisect and retries ending in the on-failure file, batch size,
// batching window and ParallelizationFactor.

import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { BatchWriteItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FailureRecord } from '../../src/streams/failure-destination.ts';
import { laneOf } from '../../src/streams/lanes.ts';
import { type StreamApi, startStreamApi } from '../support/stream-api.ts';

let s: StreamApi;
beforeAll(async () => {
  s = await startStreamApi();
});
afterAll(async () => {
  await s?.stop();
});

const puts = (items: Record<string, AttributeValue>[]) => items.map((Item) => ({ PutRequest: { Item } }));
const ids = (fn: string) => s.batches(fn).map((batch) => batch.Records.map((r) => r.dynamodb?.Keys?.id?.S));

describe('event source mapping', () => {
  it('with ReportBatchItemFailures retries only the failed record and the ones after it', async () => {
    const items = Array.from({ length: 10 }, (_, i) => ({
      id: { S: `r${i}` },
      // r4 fails on its first delivery only.
      ...(i === 4 ? { fail: { N: '1' } } : {}),
    }));
    await s.db.send(new BatchWriteItemCommand({ RequestItems: { ReportTable: puts(items) } }));
    await s.api.drained();
    expect(ids('ReportFunction')).toEqual([
      ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9'],
      ['r4', 'r5', 'r6', 'r7', 'r8', 'r9'],
    ]);
    expect(s.failures().filter((f) => JSON.stringify(f).includes('ReportTable'))).toEqual([]);
  });

  it('sends a record that always fails to the on-failure file after the retries, and the shard moves on', async () => {
    const items = ['p0', 'p1', 'p2', 'p3'].map((id) => ({
      id: { S: id },
      ...(id === 'p1' ? { fail: { S: 'always' } } : {}),
    }));
    await s.db.send(new BatchWriteItemCommand({ RequestItems: { PoisonTable: puts(items) } }));
    await s.db.send(new PutItemCommand({ TableName: 'PoisonTable', Item: { id: { S: 'p4' } } }));
    await s.api.drained();
    const batches = ids('PoisonFunction');
    // Bisected down to the bad record, which is then tried 1 + MaximumRetryAttempts (2) times.
    expect(batches.filter((b) => b.length === 1 && b[0] === 'p1')).toHaveLength(3);
    expect(batches.filter((b) => b.includes('p1') && b.length > 1).map((b) => b.length)).toEqual([4, 2]);
    // Every other record was delivered, after p1 in order.
    const after = batches.slice(batches.findLastIndex((b) => b.includes('p1')) + 1).flat();
    expect(after).toEqual(['p2', 'p3', 'p4']);
    const failures = s.failures();
    expect(failures).toHaveLength(1);
    const [failure] = failures as [FailureRecord];
    const p1 = failure.payload.Records[0]!;
    expect(failure).toMatchObject({
      requestContext: {
        functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:PoisonFunction',
        condition: 'RetryAttemptsExhausted',
        approximateInvokeCount: 3,
      },
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      version: '1.0',
      DDBStreamBatchInfo: {
        shardId: expect.stringMatching(/^shardId-\d{20}-[0-9a-f]{8}$/),
        startSequenceNumber: p1.dynamodb.SequenceNumber,
        endSequenceNumber: p1.dynamodb.SequenceNumber,
        batchSize: 1,
        streamArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/PoisonTable/stream/local',
      },
      destination: 'FailedRecordsQueue',
      payload: { Records: [{ eventName: 'INSERT', dynamodb: { Keys: { id: { S: 'p1' } } } }] },
    });
    expect(s.api.lines.some((l) => l.includes('PoisonFunction gave up on 1 record(s) after 3 attempts'))).toBe(true);
  });

  it('fills batches up to BatchSize and sends a partial one when the batching window ends', async () => {
    const items = Array.from({ length: 7 }, (_, i) => ({ id: { S: `w${i}` } }));
    await s.db.send(new BatchWriteItemCommand({ RequestItems: { WindowTable: puts(items) } }));
    await s.api.drained();
    expect(ids('WindowFunction')).toEqual([['w0', 'w1', 'w2'], ['w3', 'w4', 'w5'], ['w6']]);
  });

  it('with ParallelizationFactor 2, an item stuck on a failing record holds up only its own lane; its next change still waits for it', async () => {
    // Two items in different lanes, found with the emulation's own hash of the key.
    const keys = Array.from({ length: 32 }, (_, i) => `lane-${i}`);
    const stuck = keys.find((k) => laneOf([{ S: k }], 2) === 0)!;
    const free = keys.find((k) => laneOf([{ S: k }], 2) === 1)!;
    const put = (id: string, extra: Record<string, AttributeValue> = {}) =>
      s.db.send(new PutItemCommand({ TableName: 'LanesTable', Item: { id: { S: id }, ...extra } }));
    await put(stuck, { fail: { S: 'always' } }); // tried 1 + 5 times, with backoff, then discarded
    await put(free);
    await put(stuck, { attempt: { N: '2' } });
    await s.api.drained();
    const batches = s.batches('LanesFunction').map((batch) => {
      const [record] = batch.Records;
      return `${record?.dynamodb?.Keys?.id?.S}${record?.dynamodb?.NewImage?.fail ? ' (failing)' : ''}`;
    });
    const failing = `${stuck} (failing)`;
    expect(batches.filter((b) => b === failing)).toHaveLength(6);
    // The other lane did not wait for the retries; the stuck key's own next change did.
    expect(batches.indexOf(free)).toBeLessThan(batches.lastIndexOf(failing));
    expect(batches.indexOf(stuck)).toBeGreaterThan(batches.lastIndexOf(failing));
    expect(s.failures().filter((f) => JSON.stringify(f).includes('LanesTable'))).toHaveLength(1);
  });
});
