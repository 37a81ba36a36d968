// Partial failure in the consumer: the records before a failed one are applied and not
// reported; the failed one and every record after it are reported (Lambda retries from the
// first), and a retry from there finishes the batch without counting anything twice.
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskStreamHandler } from '../../src/changes/task-stream-handler.ts';
import { readSummary } from '../../src/summary/read-summary.ts';
import type { SummaryDb, SummaryTable } from '../../src/summary/summary-db.ts';
import { type LocalDynamo, startDynamo } from '../support/dynalite.ts';
import { lambdaContext } from '../support/events.ts';
import { useLambdaEnv } from '../support/lambda-env.ts';
import { streamEvent, TaskStreamModel } from '../support/stream-records.ts';

let dynamo: LocalDynamo;
let build: (table: SummaryTable) => TaskStreamHandler;
beforeAll(async () => {
  dynamo = await startDynamo();
  useLambdaEnv(dynamo);
  const { createTaskStreamHandler } = await import('../../src/changes/task-stream-handler.ts');
  build = (table) => createTaskStreamHandler(() => table);
});
afterAll(() => dynamo.close());

describe('a batch of 10 with one failing record', () => {
  it('reports it and the records after it; the retry from it completes the counts once', async () => {
    const model = new TaskStreamModel();
    for (let i = 0; i < 10; i++) model.create('partial-user', 'pending');
    let calls = 0;
    const db: SummaryDb = {
      update: (input) => {
        calls++;
        if (calls === 5) return Promise.reject(Object.assign(new Error('throttled'), { name: 'ThrottlingException' }));
        return dynamo.client.send(new UpdateCommand(input));
      },
      query: (input) => dynamo.client.send(new QueryCommand(input)),
    };
    const table = { db, tableName: dynamo.tables.SummariesTable as string };
    const handler = build(table);
    const sequence = model.records.map((r) => r.dynamodb?.SequenceNumber);
    const first = await handler(streamEvent(model.records), lambdaContext());
    expect(first.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(sequence.slice(4));
    expect((await readSummary(table, 'partial-user')).pending).toBe(4);
    // Lambda's retry: the whole batch again from the failed record; then the whole batch once more.
    expect((await handler(streamEvent(model.records.slice(4)), lambdaContext())).batchItemFailures).toEqual([]);
    expect((await handler(streamEvent(model.records), lambdaContext())).batchItemFailures).toEqual([]);
    expect(await readSummary(table, 'partial-user')).toMatchObject({ pending: 10, total: 10 });
  });
});
