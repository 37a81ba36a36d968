// The realtime fan-out against dynalite (the template's connections table) and a loopback
// server standing in for API Gateway's @connections endpoint: the owner's connections get
// each change once, as asyncapi.yaml describes it; nobody else's do; a gone one is removed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { assertServerMessage } from '@serverless-todo/contract/realtime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDynamoDB } from '../../src/aws/dynamodb.ts';
import { dynamoConfig } from '../../src/aws/dynamodb-config.ts';
import { type FanOutDeps, fanOut } from '../../src/realtime/fan-out.ts';
import { connectionPoster } from '../../src/realtime/post-to-connection.ts';
import { type LocalDynamo, startDynamo } from '../support/dynalite.ts';
import { TaskStreamModel } from '../support/stream-records.ts';

let dynamo: LocalDynamo;
let server: Server;
let deps: FanOutDeps;
/** What the endpoint received, per connection id; `gone` ids answer 410. */
let received: Map<string, unknown[]>;
let authorizations: string[];
const gone = new Set(['gone-conn']);
const TableName = 'ConnectionsTable';

beforeAll(async () => {
  dynamo = await startDynamo();
  server = createServer((req, res) => {
    authorizations.push(String(req.headers.authorization));
    const id = decodeURIComponent((req.url ?? '').replace(/^.*\/@connections\//, ''));
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (gone.has(id)) {
        res.writeHead(410, { 'x-amzn-ErrorType': 'GoneException' }).end('{"message":"Gone"}');
        return;
      }
      received.set(id, [...(received.get(id) ?? []), JSON.parse(Buffer.concat(chunks).toString('utf8'))]);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/stage`;
  deps = {
    db: createDynamoDB({ config: dynamoConfig({ DYNAMODB_ENDPOINT: dynamo.endpoint }) }),
    tableName: TableName,
    post: connectionPoster(endpoint, { AWS_REGION: 'eu-west-1' }),
  };
  for (const [user_id, connection_id] of [
    ['alice', 'alice-phone'],
    ['alice', 'alice-laptop'],
    ['alice', 'gone-conn'],
    ['bob', 'bob-phone'],
  ] as const) {
    await dynamo.client.send(
      new PutCommand({ TableName, Item: { user_id, connection_id, connected_at: 'x', expires_at: 0 } }),
    );
  }
});
afterAll(async () => {
  await new Promise<void>((ok) => server.close(() => ok()));
  await dynamo.close();
});
beforeEach(() => {
  received = new Map();
  authorizations = [];
});

describe('fan-out', () => {
  it("sends each change to every live connection of the owner, in order, as asyncapi.yaml's events", async () => {
    const model = new TaskStreamModel();
    const taskId = model.create('alice', 'pending');
    model.update(taskId, 'done');
    model.delete(taskId);
    for (const record of model.records) await fanOut(deps, record);
    for (const connection of ['alice-phone', 'alice-laptop']) {
      const events = received.get(connection) ?? [];
      for (const event of events) assertServerMessage(event);
      expect(events.map((e) => [(e as { type: string }).type, (e as { version: number }).version])).toEqual([
        ['task.created', 1],
        ['task.updated', 2],
        ['task.deleted', 2],
      ]);
      expect((events[1] as { task: { status: string } }).task.status).toBe('done');
    }
    expect(received.has('bob-phone')).toBe(false);
    expect(authorizations[0]).toMatch(/Credential=local\/\d{8}\/eu-west-1\/execute-api\/aws4_request/);
  });

  it('removes a connection the endpoint calls gone (410), and keeps the others', async () => {
    await dynamo.client.send(
      new PutCommand({
        TableName,
        Item: { user_id: 'alice', connection_id: 'gone-conn', connected_at: 'x', expires_at: 0 },
      }),
    );
    const model = new TaskStreamModel();
    model.create('alice', 'pending');
    const result = await fanOut(deps, model.records[0]!);
    const { Items = [] } = await dynamo.client.send(
      new QueryCommand({
        TableName,
        KeyConditionExpression: 'user_id = :u',
        ExpressionAttributeValues: { ':u': 'alice' },
      }),
    );
    expect(Items.map((item) => item.connection_id).sort()).toEqual(['alice-laptop', 'alice-phone']);
    expect(result.gone).toBe(1);
    expect(result.sent).toBe(2);
  });

  it('sends nothing for a user without connections, nor for a write that changed no Task field', async () => {
    const model = new TaskStreamModel();
    model.create('carol', 'pending');
    expect(await fanOut(deps, model.records[0]!)).toEqual({ sent: 0, gone: 0, failed: 0 });
    const own = new TaskStreamModel();
    own.create('alice', 'pending');
    const [created] = own.records;
    const noop = {
      ...created!,
      eventName: 'MODIFY' as const,
      dynamodb: { ...created!.dynamodb, OldImage: created!.dynamodb?.NewImage },
    };
    expect(await fanOut(deps, noop)).toEqual({ sent: 0, gone: 0, failed: 0 });
    expect(received.size).toBe(0);
  });
});
