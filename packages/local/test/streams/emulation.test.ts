// The stream records the local API writes for each kind of write, through the real SDK, as
// the fixture consumer received them.
import {
  BatchWriteItemCommand,
  ConditionalCheckFailedException,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StreamApi, startStreamApi } from '../support/stream-api.ts';

let s: StreamApi;
beforeAll(async () => {
  s = await startStreamApi();
});
afterAll(async () => {
  await s?.stop();
});

const STREAM_ARN = 'arn:aws:dynamodb:us-east-1:000000000000:table/EventsTable/stream/local';

/** Records RecordAllFunction received for ids starting with `prefix`, in delivery order. */
const received = (prefix: string, fn = 'RecordAllFunction'): DynamoDBRecord[] =>
  s
    .batches(fn)
    .flatMap((batch) => batch.Records)
    .filter((r) => String(r.dynamodb?.Keys?.id?.S ?? r.dynamodb?.Keys?.pk?.S).startsWith(prefix));

describe('stream records', () => {
  it('INSERT, MODIFY and REMOVE carry the keys, the images and the stream settings', async () => {
    await s.db.send(new PutItemCommand({ TableName: 'EventsTable', Item: { id: { S: 'life-1' }, n: { N: '1' } } }));
    await s.db.send(
      new UpdateItemCommand({
        TableName: 'EventsTable',
        Key: { id: { S: 'life-1' } },
        UpdateExpression: 'SET n = :two, tags = :tags',
        ExpressionAttributeValues: { ':two': { N: '2' }, ':tags': { SS: ['a', 'b'] } },
      }),
    );
    await s.db.send(new DeleteItemCommand({ TableName: 'EventsTable', Key: { id: { S: 'life-1' } } }));
    await s.api.drained();
    const records = received('life-');
    expect(records.map((r) => r.eventName)).toEqual(['INSERT', 'MODIFY', 'REMOVE']);
    const [insert, modify, remove] = records as [DynamoDBRecord, DynamoDBRecord, DynamoDBRecord];
    for (const r of records) {
      expect(r).toMatchObject({
        eventVersion: '1.1',
        eventSource: 'aws:dynamodb',
        awsRegion: 'us-east-1',
        eventSourceARN: STREAM_ARN,
        dynamodb: { Keys: { id: { S: 'life-1' } }, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      });
      expect(r.eventID).toMatch(/^[0-9a-f]{32}$/);
      expect(r.dynamodb?.SequenceNumber).toMatch(/^\d{21}$/);
      expect(Number.isInteger(r.dynamodb?.ApproximateCreationDateTime)).toBe(true);
      expect(Math.abs(r.dynamodb!.ApproximateCreationDateTime! - Date.now() / 1000)).toBeLessThan(120);
    }
    expect(insert.dynamodb).toMatchObject({ NewImage: { id: { S: 'life-1' }, n: { N: '1' } }, SizeBytes: 19 });
    expect(insert.dynamodb).not.toHaveProperty('OldImage');
    expect(modify.dynamodb?.OldImage).toEqual({ id: { S: 'life-1' }, n: { N: '1' } });
    expect(modify.dynamodb?.NewImage).toEqual({ id: { S: 'life-1' }, n: { N: '2' }, tags: { SS: ['a', 'b'] } });
    expect(remove.dynamodb?.OldImage).toEqual(modify.dynamodb?.NewImage);
    expect(remove.dynamodb).not.toHaveProperty('NewImage');
    const sequence = records.map((r) => BigInt(r.dynamodb!.SequenceNumber!));
    expect(sequence).toEqual([...sequence].sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(sequence).size).toBe(3);
  });

  it('a batch write gives one record per item', async () => {
    await s.db.send(new PutItemCommand({ TableName: 'EventsTable', Item: { id: { S: 'batch-0' } } }));
    await s.db.send(
      new BatchWriteItemCommand({
        RequestItems: {
          EventsTable: [
            { PutRequest: { Item: { id: { S: 'batch-1' } } } },
            { PutRequest: { Item: { id: { S: 'batch-2' } } } },
            { DeleteRequest: { Key: { id: { S: 'batch-0' } } } },
          ],
          PlainTable: [{ PutRequest: { Item: { id: { S: 'batch-plain' } } } }],
        },
      }),
    );
    await s.api.drained();
    expect(received('batch-').map((r) => `${r.eventName} ${r.dynamodb?.Keys?.id?.S}`)).toEqual([
      'INSERT batch-0',
      'INSERT batch-1',
      'INSERT batch-2',
      'REMOVE batch-0',
    ]);
  });

  it('a failed conditional check writes no record, and neither does a write that changes nothing', async () => {
    await s.db.send(new PutItemCommand({ TableName: 'EventsTable', Item: { id: { S: 'cond-1' }, v: { N: '1' } } }));
    await expect(
      s.db.send(
        new PutItemCommand({
          TableName: 'EventsTable',
          Item: { id: { S: 'cond-1' }, v: { N: '2' } },
          ConditionExpression: 'attribute_not_exists(id)',
        }),
      ),
    ).rejects.toBeInstanceOf(ConditionalCheckFailedException);
    // Same data again: DynamoDB Streams writes no record for a Put or Update that changes nothing.
    await s.db.send(new PutItemCommand({ TableName: 'EventsTable', Item: { id: { S: 'cond-1' }, v: { N: '1' } } }));
    await s.db.send(new DeleteItemCommand({ TableName: 'EventsTable', Key: { id: { S: 'cond-missing' } } }));
    await s.db.send(new PutItemCommand({ TableName: 'EventsTable', Item: { id: { S: 'cond-1' }, v: { N: '3' } } }));
    await s.api.drained();
    expect(received('cond-').map((r) => `${r.eventName} ${r.dynamodb?.NewImage?.v?.N}`)).toEqual([
      'INSERT 1',
      'MODIFY 3',
    ]);
  });

  it('UpdateItem on a missing key is an INSERT, and the caller gets its ReturnValues unchanged', async () => {
    const answer = await s.db.send(
      new UpdateItemCommand({
        TableName: 'EventsTable',
        Key: { id: { S: 'upsert-1' } },
        UpdateExpression: 'ADD hits :one',
        ExpressionAttributeValues: { ':one': { N: '1' } },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    expect(answer.Attributes).toEqual({ hits: { N: '1' } });
    const put = await s.db.send(new PutItemCommand({ TableName: 'EventsTable', Item: { id: { S: 'upsert-2' } } }));
    expect(put.Attributes).toBeUndefined();
    await s.api.drained();
    expect(received('upsert-1')).toMatchObject([
      { eventName: 'INSERT', dynamodb: { NewImage: { id: { S: 'upsert-1' }, hits: { N: '1' } } } },
    ]);
    expect(received('upsert-1')[0]?.dynamodb).not.toHaveProperty('OldImage');
  });

  it('images hold the items as stored, and the caller still gets the ReturnValues it asked for', async () => {
    const item = { id: { S: 'stored-1' }, n: { N: '001.50' }, big: { N: '12e2' }, ns: { NS: ['2.0', '1e-2'] } };
    const first = await s.db.send(
      new PutItemCommand({ TableName: 'EventsTable', Item: item, ReturnValues: 'ALL_OLD' }),
    );
    expect(first.Attributes).toBeUndefined();
    const again = await s.db.send(
      new PutItemCommand({ TableName: 'EventsTable', Item: { ...item, n: { N: '2' } }, ReturnValues: 'ALL_OLD' }),
    );
    const { Item: stored } = await s.db.send(
      new GetItemCommand({ TableName: 'EventsTable', Key: { id: { S: 'stored-1' } }, ConsistentRead: true }),
    );
    const removed = await s.db.send(
      new DeleteItemCommand({ TableName: 'EventsTable', Key: { id: { S: 'stored-1' } }, ReturnValues: 'ALL_OLD' }),
    );
    expect(removed.Attributes).toEqual(stored);
    await s.api.drained();
    const [insert, modify, remove] = received('stored-');
    expect(insert?.dynamodb?.NewImage).toEqual(again.Attributes);
    expect(insert?.dynamodb?.NewImage).toEqual({
      id: { S: 'stored-1' },
      n: { N: '1.5' },
      big: { N: '1200' },
      ns: { NS: ['2', '0.01'] },
    });
    expect(modify?.dynamodb?.NewImage).toEqual(stored);
    expect(remove?.dynamodb?.OldImage).toEqual(stored);
  });

  it('concurrent writes to one key come out in the order they took effect', async () => {
    await Promise.all(
      Array.from({ length: 20 }, () =>
        s.db.send(
          new UpdateItemCommand({
            TableName: 'EventsTable',
            Key: { id: { S: 'order-1' } },
            UpdateExpression: 'ADD n :one',
            ExpressionAttributeValues: { ':one': { N: '1' } },
          }),
        ),
      ),
    );
    await s.api.drained();
    const records = received('order-');
    expect(records.map((r) => r.dynamodb?.NewImage?.n?.N)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    expect(records.slice(1).map((r) => r.dynamodb?.OldImage?.n?.N)).toEqual(
      Array.from({ length: 19 }, (_, i) => String(i + 1)),
    );
  });

  it('KEYS_ONLY writes only the keys', async () => {
    await s.db.send(
      new PutItemCommand({ TableName: 'KeysOnlyTable', Item: { pk: { S: 'keys-1' }, sk: { N: '7' }, x: { S: 'y' } } }),
    );
    await s.api.drained();
    const [record] = received('keys-', 'KeysOnlyFunction');
    expect(record?.dynamodb).toEqual({
      ApproximateCreationDateTime: expect.any(Number),
      Keys: { pk: { S: 'keys-1' }, sk: { N: '7' } },
      SequenceNumber: expect.stringMatching(/^\d{21}$/),
      SizeBytes: 12,
      StreamViewType: 'KEYS_ONLY',
    });
  });

  it('delivers only the records a filter pattern matches', async () => {
    await s.db.send(
      new PutItemCommand({ TableName: 'EventsTable', Item: { id: { S: 'filter-1' }, kind: { S: 'keep-me' } } }),
    );
    await s.db.send(
      new PutItemCommand({ TableName: 'EventsTable', Item: { id: { S: 'filter-2' }, kind: { S: 'drop' } } }),
    );
    await s.db.send(
      new PutItemCommand({ TableName: 'EventsTable', Item: { id: { S: 'filter-1' }, kind: { S: 'keep-2' } } }),
    );
    await s.db.send(new DeleteItemCommand({ TableName: 'EventsTable', Key: { id: { S: 'filter-2' } } }));
    await s.api.drained();
    expect(received('filter-', 'FilteredFunction').map((r) => `${r.eventName} ${r.dynamodb?.Keys?.id?.S}`)).toEqual([
      'INSERT filter-1',
      'REMOVE filter-2',
    ]);
    expect(received('filter-')).toHaveLength(4);
  });
});
