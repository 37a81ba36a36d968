// The shared starter: a real dynalite on loopback, in memory or on disk, closed cleanly.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, expect, test } from 'vitest';
import { listenDynalite } from '../src/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'dynalite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clients: DynamoDBClient[] = [];
afterAll(() => {
  for (const client of clients) client.destroy();
});
const clientOf = (endpoint: string) => {
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'l', secretAccessKey: 'l' },
  });
  clients.push(client);
  return client;
};

const table: CreateTableCommandInput = {
  TableName: 'Tasks',
  KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
  AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
  BillingMode: 'PAY_PER_REQUEST',
};

test('listens on 127.0.0.1, makes tables ACTIVE at once, and closes', async () => {
  const db = await listenDynalite();
  expect(db.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const client = clientOf(db.endpoint);
  await client.send(new CreateTableCommand(table));
  // CreateTable answers CREATING, as DynamoDB does; the very next read finds it ACTIVE.
  const described = await client.send(new DescribeTableCommand({ TableName: table.TableName }));
  expect(described.Table?.TableStatus).toBe('ACTIVE');
  client.destroy();
  await db.close();
  await expect(fetch(db.endpoint)).rejects.toThrow();
});

test('with a path, keeps its data in LevelDB files there across a restart', async () => {
  const path = join(dir, 'store');
  const first = await listenDynalite({ path });
  const writer = clientOf(first.endpoint);
  await writer.send(new CreateTableCommand(table));
  await writer.send(new PutItemCommand({ TableName: 'Tasks', Item: { id: { S: 'a' } } }));
  writer.destroy();
  await first.close();
  expect(readdirSync(path)).toContain('CURRENT');
  const second = await listenDynalite({ path });
  const got = await clientOf(second.endpoint).send(new GetItemCommand({ TableName: 'Tasks', Key: { id: { S: 'a' } } }));
  expect(got.Item).toEqual({ id: { S: 'a' } });
  await second.close();
});
