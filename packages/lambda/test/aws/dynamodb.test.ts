// The lean DynamoDB client against dynalite, cross-checked with the AWS SDK's DocumentClient
// on the same tables: what one writes the other reads back identically.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AwsError } from '../../src/aws/aws-error.ts';
import { createDynamoDB, type DynamoDB } from '../../src/aws/dynamodb.ts';
import { dynamoConfig } from '../../src/aws/dynamodb-config.ts';
import { STANDARD_RETRY } from '../../src/aws/retry.ts';
import { type LocalDynamo, startDynamo } from '../support/dynalite.ts';

let dynamo: LocalDynamo;
let db: DynamoDB;
let TableName: string;
beforeAll(async () => {
  dynamo = await startDynamo();
  db = createDynamoDB({ config: dynamoConfig({ DYNAMODB_ENDPOINT: dynamo.endpoint }) });
  TableName = dynamo.tables.TasksTable as string;
});
afterAll(() => dynamo.close());

const rich = {
  user_id: 'lean',
  task_id: 'rich',
  text: 'héllo',
  count: 42,
  ratio: 0.5,
  flag: false,
  nothing: null,
  list: [1, 'two', { three: 3 }],
  map: { nested: { deep: ['x'] } },
  tags: new Set(['a', 'b']),
};

describe('items round-trip between the lean client and the SDK', () => {
  test('put by the lean client, read by the SDK (and back), every value type intact', async () => {
    await db.put({ TableName, Item: { ...rich, dropped: undefined } });
    const { Item: viaSdk } = await dynamo.client.send(
      new GetCommand({ TableName, Key: { user_id: 'lean', task_id: 'rich' } }),
    );
    expect(viaSdk).toEqual(rich);
    await dynamo.client.send(new PutCommand({ TableName, Item: { ...rich, task_id: 'rich-sdk' } }));
    const { Item: viaLean } = await db.get({
      TableName,
      Key: { user_id: 'lean', task_id: 'rich-sdk' },
      ConsistentRead: true,
    });
    expect(viaLean).toEqual({ ...rich, task_id: 'rich-sdk' });
  });

  test('a missing item reads as no Item', async () => {
    expect((await db.get({ TableName, Key: { user_id: 'lean', task_id: 'absent' } })).Item).toBeUndefined();
  });

  test('update returns ALL_NEW attributes; delete returns ALL_OLD', async () => {
    const { Attributes } = await db.update({
      TableName,
      Key: { user_id: 'lean', task_id: 'rich' },
      UpdateExpression: 'SET #count = #count + :one',
      ExpressionAttributeNames: { '#count': 'count' },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'ALL_NEW',
    });
    expect(Attributes?.count).toBe(43);
    const deleted = await db.delete({ TableName, Key: { user_id: 'lean', task_id: 'rich' }, ReturnValues: 'ALL_OLD' });
    expect(deleted.Attributes?.count).toBe(43);
    expect((await db.get({ TableName, Key: { user_id: 'lean', task_id: 'rich' } })).Item).toBeUndefined();
  });
});

describe('errors', () => {
  test('a failed condition is ConditionalCheckFailedException', async () => {
    await db.put({ TableName, Item: { user_id: 'lean', task_id: 'guarded', version: 1 } });
    const failure = await db
      .put({
        TableName,
        Item: { user_id: 'lean', task_id: 'guarded', version: 2 },
        ConditionExpression: 'attribute_not_exists(task_id)',
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AwsError);
    expect(failure).toMatchObject({ name: 'ConditionalCheckFailedException', status: 400 });
    expect((await db.get({ TableName, Key: { user_id: 'lean', task_id: 'guarded' } })).Item?.version).toBe(1);
  });

  test('a bad request is a ValidationException, not retried', async () => {
    await expect(db.get({ TableName, Key: { user_id: 'lean' } })).rejects.toMatchObject({
      name: 'ValidationException',
      status: 400,
    });
  });
});

describe('batches, queries and scans', () => {
  const ids = Array.from({ length: 30 }, (_, i) => `batch-${String(i).padStart(2, '0')}`);

  test('batchWrite then batchGet of 30 items, and a query paged by LastEvaluatedKey', async () => {
    for (let at = 0; at < ids.length; at += 25) {
      const { UnprocessedItems } = await db.batchWrite({
        RequestItems: {
          [TableName]: ids
            .slice(at, at + 25)
            .map((task_id) => ({ PutRequest: { Item: { user_id: 'batch', task_id } } })),
        },
      });
      expect(Object.keys(UnprocessedItems ?? {})).toEqual([]);
    }
    const { Responses } = await db.batchGet({
      RequestItems: { [TableName]: { Keys: ids.slice(0, 10).map((task_id) => ({ user_id: 'batch', task_id })) } },
    });
    expect((Responses?.[TableName] ?? []).map((item) => item.task_id).sort()).toEqual(ids.slice(0, 10));

    const seen: string[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    for (let page = 0; page < 10; page++) {
      const answer = await db.query({
        TableName,
        KeyConditionExpression: 'user_id = :u',
        ExpressionAttributeValues: { ':u': 'batch' },
        Limit: 7,
        ExclusiveStartKey,
      });
      seen.push(...(answer.Items ?? []).map((item) => item.task_id as string));
      ExclusiveStartKey = answer.LastEvaluatedKey;
      if (ExclusiveStartKey === undefined) break;
      expect(ExclusiveStartKey).toEqual({ user_id: 'batch', task_id: seen.at(-1) });
    }
    expect(seen).toEqual(ids);
  });

  test('scan with a filter sees only matching items', async () => {
    const { Items } = await db.scan({
      TableName,
      FilterExpression: 'user_id = :u AND begins_with(task_id, :p)',
      ExpressionAttributeValues: { ':u': 'batch', ':p': 'batch-2' },
    });
    expect((Items ?? []).map((item) => item.task_id).sort()).toEqual(ids.filter((id) => id.startsWith('batch-2')));
  });
});

describe('the wire: signing, retries and timeouts against a loopback server', () => {
  let server: Server;
  let hits: { authorization: string; token: string | undefined; target: string }[] = [];
  let answer: (res: import('node:http').ServerResponse) => void = () => {};
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push({
        authorization: String(req.headers.authorization),
        token: req.headers['x-amz-security-token'] as string | undefined,
        target: String(req.headers['x-amz-target']),
      });
      req.resume();
      answer(res);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  const client = (timeouts = { connectMs: 500, requestMs: 300 }) =>
    createDynamoDB({
      config: dynamoConfig({
        DYNAMODB_ENDPOINT: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        AWS_REGION: 'eu-west-1',
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'secret',
        AWS_SESSION_TOKEN: 'session-token',
      }),
      timeouts,
    });

  test('requests carry a SigV4 authorization for dynamodb in the region, and the session token', async () => {
    hits = [];
    answer = (res) => res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end('{}');
    await client().get({ TableName: 't', Key: { id: 'x' } });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.target).toBe('DynamoDB_20120810.GetItem');
    expect(hits[0]?.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/dynamodb\/aws4_request, SignedHeaders=[^,]*x-amz-target[^,]*, Signature=[0-9a-f]{64}$/,
    );
    expect(hits[0]?.token).toBe('session-token');
  });

  test('a 500 with a non-JSON body is retried to the limit, then InternalServerError', async () => {
    hits = [];
    answer = (res) => res.writeHead(500, { 'content-type': 'text/html' }).end('<html>oops</html>');
    await expect(client().get({ TableName: 't', Key: { id: 'x' } })).rejects.toMatchObject({
      name: 'InternalServerError',
      status: 500,
    });
    expect(hits).toHaveLength(STANDARD_RETRY.maxAttempts);
  });

  test('an answer that never comes is a TimeoutError after every attempt timed out', async () => {
    hits = [];
    answer = () => {}; // hold the request open
    await expect(client().get({ TableName: 't', Key: { id: 'x' } })).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(hits).toHaveLength(STANDARD_RETRY.maxAttempts);
  });

  // Bodies as AWS documents them; dynalite implements neither transactions nor
  // ReturnValuesOnConditionCheckFailure, so these two come from the loopback server.
  test('a cancelled transaction names each part’s reason, items unmarshalled', async () => {
    answer = (res) =>
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' }).end(
        JSON.stringify({
          __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
          Message:
            'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]',
          CancellationReasons: [
            { Code: 'None' },
            { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: { n: { N: '20' } } },
          ],
        }),
      );
    const failure = (await client()
      .transactWrite({ TransactItems: [] })
      .catch((error: unknown) => error)) as AwsError;
    expect(failure).toMatchObject({ name: 'TransactionCanceledException', status: 400 });
    expect(failure.message).toMatch(/^Transaction cancelled/);
    expect(failure.details.CancellationReasons).toEqual([
      { Code: 'None' },
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: { n: 20 } },
    ]);
  });

  test('a failed condition carries the stored item (ReturnValuesOnConditionCheckFailure), unmarshalled', async () => {
    answer = (res) =>
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' }).end(
        JSON.stringify({
          __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException',
          message: 'The conditional request failed',
          Item: { id: { S: 'x' }, version: { N: '3' } },
        }),
      );
    const failure = (await client()
      .delete({ TableName: 't', Key: { id: 'x' } })
      .catch((error: unknown) => error)) as AwsError;
    expect(failure.name).toBe('ConditionalCheckFailedException');
    expect(failure.details.Item).toEqual({ id: 'x', version: 3 });
  });

  test('a refused connection is retried, then surfaces as the socket error', async () => {
    const closed = createServer();
    await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((ok) => closed.close(() => ok()));
    const refused = createDynamoDB({ config: dynamoConfig({ DYNAMODB_ENDPOINT: `http://127.0.0.1:${port}` }) });
    let attempts = 0;
    refused.use((_attempt, send) => {
      attempts++;
      return send();
    });
    await expect(refused.get({ TableName: 't', Key: { id: 'x' } })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(attempts).toBe(STANDARD_RETRY.maxAttempts);
  });
});
