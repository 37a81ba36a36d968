// One batch's lookup of owners' connections, against dynalite's connections table: every
// page of a large owner, one read per owner, a gone connection dropped, a failed read not kept.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDB, type DynamoDB } from '../../src/aws/dynamodb.ts';
import { dynamoConfig } from '../../src/aws/dynamodb-config.ts';
import { ownerConnections } from '../../src/realtime/owner-connections.ts';
import { type LocalDynamo, startDynamo } from '../support/dynalite.ts';
import { errorAnswer } from '../support/faults.ts';

const TableName = 'ConnectionsTable';
let dynamo: LocalDynamo;
let db: DynamoDB;
/** Query calls (first attempts) made through `db`. */
let queries = 0;
let refuse = false;

beforeAll(async () => {
  dynamo = await startDynamo();
  db = createDynamoDB({ config: dynamoConfig({ DYNAMODB_ENDPOINT: dynamo.endpoint }) });
  db.use(async (attempt, send) => {
    if (attempt.operation === 'Query' && attempt.attempt === 1) queries++;
    return refuse ? errorAnswer('AccessDeniedException', 'not authorized') : send();
  });
  // 12 connections of ~100 KB each (padding no real item has): past DynamoDB's 1 MB page.
  for (let i = 0; i < 12; i++) {
    await dynamo.client.send(
      new PutCommand({
        TableName,
        Item: { user_id: 'big', connection_id: `big-${i}`, connected_at: 'x', expires_at: 0, pad: 'p'.repeat(100_000) },
      }),
    );
  }
  for (const id of ['small-1', 'small-2']) {
    await dynamo.client.send(
      new PutCommand({ TableName, Item: { user_id: 'small', connection_id: id, connected_at: 'x', expires_at: 0 } }),
    );
  }
});
afterAll(() => dynamo.close());

describe('ownerConnections', () => {
  it('reads every page of an owner whose items pass 1 MB', async () => {
    const before = queries;
    const ids = await ownerConnections(db, TableName).of('big');
    expect([...ids].sort()).toEqual(Array.from({ length: 12 }, (_, i) => `big-${i}`).sort());
    expect(queries - before).toBeGreaterThan(1);
  });

  it('reads an owner once per lookup, and drops a connection it is told is gone', async () => {
    const connections = ownerConnections(db, TableName);
    const before = queries;
    expect([...(await connections.of('small'))].sort()).toEqual(['small-1', 'small-2']);
    connections.forget('small', 'small-1');
    expect(await connections.of('small')).toEqual(['small-2']);
    expect(queries - before).toBe(1);
    // A new lookup (the next batch) reads again: the table still has both.
    expect([...(await ownerConnections(db, TableName).of('small'))].sort()).toEqual(['small-1', 'small-2']);
  });

  it('does not keep a failed read: the next call reads again', async () => {
    const connections = ownerConnections(db, TableName);
    refuse = true;
    try {
      await expect(connections.of('small')).rejects.toMatchObject({ name: 'AccessDeniedException' });
    } finally {
      refuse = false;
    }
    expect([...(await connections.of('small'))].sort()).toEqual(['small-1', 'small-2']);
  });
});
