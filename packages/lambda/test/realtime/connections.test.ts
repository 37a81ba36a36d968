// $connect, $disconnect and $default against dynalite with the template's connections table.
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { assertServerMessage } from '@serverless-todo/contract/realtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocketEvent, WebSocketResult } from '../../src/realtime/websocket-event.ts';
import { type LocalDynamo, startDynamo } from '../support/dynalite.ts';
import { useLambdaEnv } from '../support/lambda-env.ts';

type Handler = (event: WebSocketEvent) => Promise<WebSocketResult>;

let dynamo: LocalDynamo;
let connect: Handler;
let disconnect: Handler;
let fallback: Handler;

const event = (
  eventType: 'CONNECT' | 'DISCONNECT' | 'MESSAGE',
  connectionId: string,
  principalId: string | null,
  body?: string,
): WebSocketEvent =>
  ({
    requestContext: {
      routeKey: { CONNECT: '$connect', DISCONNECT: '$disconnect', MESSAGE: '$default' }[eventType],
      eventType,
      connectionId,
      requestId: `r-${connectionId}`,
      connectedAt: Date.now(),
      ...(principalId === null ? {} : { authorizer: { principalId, sub: principalId } }),
    },
    ...(body === undefined ? {} : { body, isBase64Encoded: false }),
  }) as unknown as WebSocketEvent;

const stored = async (userId: string, connectionId: string) =>
  (
    await dynamo.client.send(
      new GetCommand({ TableName: 'ConnectionsTable', Key: { user_id: userId, connection_id: connectionId } }),
    )
  ).Item;

beforeAll(async () => {
  dynamo = await startDynamo();
  useLambdaEnv(dynamo);
  ({ handler: connect } = await import('../../src/handlers/realtime-connect.ts'));
  ({ handler: disconnect } = await import('../../src/handlers/realtime-disconnect.ts'));
  ({ handler: fallback } = await import('../../src/handlers/realtime-default.ts'));
});
afterAll(() => dynamo.close());

describe('$connect', () => {
  it('stores the connection under the authorizer’s principal, expiring at 2 h', async () => {
    const before = Math.floor(Date.now() / 1000);
    expect(await connect(event('CONNECT', 'conn-a=', 'u1'))).toEqual({ statusCode: 200 });
    const item = await stored('u1', 'conn-a=');
    expect(item).toMatchObject({ user_id: 'u1', connection_id: 'conn-a=' });
    expect(item?.expires_at).toBeGreaterThanOrEqual(before + 7200);
    expect(item?.expires_at).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 7200);
  });

  it('refuses (401) and stores nothing when no authorizer ran', async () => {
    expect(await connect(event('CONNECT', 'conn-x=', null))).toEqual({ statusCode: 401 });
    const found = await dynamo.client.send(
      new QueryCommand({
        TableName: 'ConnectionsTable',
        IndexName: 'by_connection',
        KeyConditionExpression: 'connection_id = :c',
        ExpressionAttributeValues: { ':c': 'conn-x=' },
      }),
    );
    expect(found.Items).toEqual([]);
  });
});

describe('$disconnect', () => {
  it('removes the connection by its principal', async () => {
    await connect(event('CONNECT', 'conn-b=', 'u2'));
    expect(await stored('u2', 'conn-b=')).toBeDefined();
    expect(await disconnect(event('DISCONNECT', 'conn-b=', 'u2'))).toEqual({ statusCode: 200 });
    expect(await stored('u2', 'conn-b=')).toBeUndefined();
  });

  it('finds the owner by connection id when no principal comes along', async () => {
    await connect(event('CONNECT', 'conn-c=', 'u3'));
    await connect(event('CONNECT', 'conn-d=', 'u3'));
    expect(await disconnect(event('DISCONNECT', 'conn-c=', null))).toEqual({ statusCode: 200 });
    expect(await stored('u3', 'conn-c=')).toBeUndefined();
    // The user's other connection stays.
    expect(await stored('u3', 'conn-d=')).toBeDefined();
  });

  it('succeeds for a connection that is already gone', async () => {
    expect(await disconnect(event('DISCONNECT', 'never-seen=', null))).toEqual({ statusCode: 200 });
  });
});

describe('$default', () => {
  const cases: [string, string | undefined, string][] = [
    ['ping', '{"type":"ping"}', 'pong'],
    ['ping with extras', '{"type":"ping","x":1}', 'error'],
    ['an event type a client may not send', '{"type":"task.created"}', 'error'],
    ['not JSON', 'ping', 'error'],
    ['no body', undefined, 'error'],
  ];
  it.each(cases)('%s → %s, as asyncapi.yaml describes it', async (_name, body, type) => {
    const result = await fallback(event('MESSAGE', 'conn-e=', 'u4', body));
    expect(result.statusCode).toBe(200);
    const message = JSON.parse(result.body ?? '');
    assertServerMessage(message);
    expect(message.type).toBe(type);
  });
});
