// The sweep's time budget over dynalite: a run that has time for two pages stops after them,
// keeps its place, and the next run goes on from there until the table is clean.
import { BatchWriteCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SweepStores } from '../../src/sweep/sweep-attachments.ts';
import { type LocalDynamo, startDynamo } from '../support/dynalite.ts';
import { useLambdaEnv } from '../support/lambda-env.ts';

let dynamo: LocalDynamo;
let sweep: typeof import('../../src/sweep/sweep-attachments.ts');
let stores: SweepStores;
/** Object keys the sweep deleted (the records are orphans; their objects were never stored). */
const deletedObjects: string[] = [];

beforeAll(async () => {
  dynamo = await startDynamo();
  useLambdaEnv(dynamo);
  sweep = await import('../../src/sweep/sweep-attachments.ts');
  const { dynamodb } = await import('../../src/aws/dynamodb.ts');
  stores = {
    db: dynamodb,
    // An empty bucket: this file is about the table pass and its budget (the bucket pass
    // runs on s3rver in packages/local/test/e2e/sweep.test.ts).
    s3: {
      delete: async (_bucket: string, key: string) => void deletedObjects.push(key),
      list: async () => ({ objects: [], nextToken: undefined }),
    },
    tasksTable: dynamo.tables.TasksTable as string,
    attachmentsTable: dynamo.tables.AttachmentsTable as string,
    bucket: 'bucket',
    stateTable: dynamo.tables.SummariesTable as string,
  };
});
afterAll(() => dynamo.close());

describe('the sweep under a time budget', () => {
  it('stops after the pages it has time for and the next run continues', async () => {
    const items = Array.from({ length: 120 }, (_, i) => ({
      task_key: `gone#t${i % 7}`,
      attachment_id: `a${String(i).padStart(4, '0')}`,
      user_id: 'gone',
      task_id: `t${i % 7}`,
      status: 'ready',
      object_key: `gone/t${i % 7}/a${i}`,
    }));
    for (let at = 0; at < items.length; at += 25) {
      await dynamo.client.send(
        new BatchWriteCommand({
          RequestItems: {
            [stores.attachmentsTable]: items.slice(at, at + 25).map((Item) => ({ PutRequest: { Item } })),
          },
        }),
      );
    }
    // Time for two pages of 25: the budget check before a third page finds nothing left.
    const budget = () => {
      let checks = 0;
      return () => (checks++ < 2 ? 60_000 : 0);
    };
    const first = await sweep.sweepAttachments(stores, {
      abandonedMinutes: 60,
      now: Date.now(),
      remainingMs: budget(),
      pageSize: 25,
    });
    expect(first).toMatchObject({ pages: 2, orphaned: 50, complete: false });
    const { Item } = await dynamo.client.send(new GetCommand({ TableName: stores.stateTable, Key: sweep.CURSOR_KEY }));
    expect(Item?.attachments_cursor).toBeDefined();
    let orphaned = first.orphaned;
    for (let run = 0; run < 5; run++) {
      const next = await sweep.sweepAttachments(stores, {
        abandonedMinutes: 60,
        now: Date.now(),
        remainingMs: budget(),
        pageSize: 25,
      });
      orphaned += next.orphaned;
      if (next.complete) break;
    }
    expect(orphaned).toBe(120);
    expect(new Set(deletedObjects).size).toBe(120);
    const left = await dynamo.client.send(
      new QueryCommand({
        TableName: stores.attachmentsTable,
        KeyConditionExpression: 'task_key = :k',
        ExpressionAttributeValues: { ':k': 'gone#t0' },
      }),
    );
    expect(left.Items).toEqual([]);
  });
});
