// The WebSocket API on the real bundles, over loopback sockets: the handshake through the
// template's REQUEST authorizer and $connect function, ping through $default, the
// @connections management API driven by the AWS SDK's own client, and API Gateway's limits.
import {
  ApiGatewayManagementApiClient,
  DeleteConnectionCommand,
  GetConnectionCommand,
  PostToConnectionCommand,
} from '@aws-sdk/client-apigatewaymanagementapi';
import { assertServerMessage, realtimeLimits } from '@serverless-todo/contract/realtime';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoCall, LOCAL_AUDIENCE, LOCAL_ISSUER, loadSigningKey, signToken } from '../../src/index.ts';
import { startRealApi } from '../support/real-api.ts';
import { openSocket, refusedStatus } from '../support/websocket.ts';

type Api = Awaited<ReturnType<typeof startRealApi>>;
let api: Api;

const url = (token?: string) =>
  token === undefined ? String(api.realtimeUrl) : `${api.realtimeUrl}?token=${encodeURIComponent(token)}`;

const storedConnections = async (userId: string) =>
  (
    await dynamoCall<{ Items: { connection_id: { S: string } }[] }>(api.dynamoEndpoint, 'Query', {
      TableName: 'ConnectionsTable',
      KeyConditionExpression: 'user_id = :u',
      ExpressionAttributeValues: { ':u': { S: userId } },
    })
  ).Items.map((item) => item.connection_id.S);

/** Polls `read` until `done` holds, for at most `ms` (never a fixed sleep). */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const management = () =>
  new ApiGatewayManagementApiClient({
    endpoint: String(api.connectionsEndpoint),
    region: 'us-east-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });

/** The connection id of a fresh socket, read back through the table. */
async function connectAs(userId: string) {
  const before = new Set(await storedConnections(userId));
  const open = await openSocket(url(await api.token(userId)));
  const ids = await eventually(
    () => storedConnections(userId),
    (list) => list.some((id) => !before.has(id)),
  );
  return { open, connectionId: ids.find((id) => !before.has(id)) as string };
}

beforeAll(async () => {
  api = await startRealApi();
});
afterAll(() => api.stop());

describe('the handshake', () => {
  it('is served at asyncapi.yaml’s local path on the API’s own port', () => {
    expect(api.realtimeUrl).toBe(`ws://127.0.0.1:${api.port}/realtime`);
    expect(api.connectionsEndpoint).toBe(`http://127.0.0.1:${api.port}/realtime`);
  });

  it('accepts a valid token, stores the connection under its sub, and removes it on close', async () => {
    const { open, connectionId } = await connectAs('alice');
    expect(await storedConnections('alice')).toContain(connectionId);
    open.socket.close(1000);
    expect(
      await eventually(
        () => storedConnections('alice'),
        (ids) => !ids.includes(connectionId),
      ),
    ).not.toContain(connectionId);
  });

  it('answers ping with a pong that conforms to asyncapi.yaml, and anything else with an error', async () => {
    const open = await openSocket(url(await api.token('bob')));
    open.socket.send('{"type":"ping"}');
    const pong = await open.next();
    assertServerMessage(pong);
    expect(pong.type).toBe('pong');
    open.socket.send('{"type":"task.created"}');
    const error = await open.next();
    assertServerMessage(error);
    expect(error.type).toBe('error');
    open.socket.close();
  });

  const refused: [string, () => Promise<string | undefined>][] = [
    ['no token', async () => undefined],
    ['an empty token', async () => ''],
    ['a malformed token', async () => 'not-a-jwt'],
    [
      'a forged token (another key, the same claims)',
      async () => {
        const { privateKey } = await generateKeyPair('RS256');
        const key = await loadSigningKey(api.dataDir);
        return new SignJWT({ token_use: 'id' })
          .setProtectedHeader({ alg: 'RS256', kid: key.kid })
          .setSubject('mallory')
          .setIssuer(LOCAL_ISSUER)
          .setAudience(LOCAL_AUDIENCE)
          .setIssuedAt()
          .setExpirationTime('1h')
          .sign(privateKey);
      },
    ],
    ['an expired token', async () => signToken(await loadSigningKey(api.dataDir), 'mallory', {}, -60)],
  ];
  it.each(refused)('refuses %s with 401 on the upgrade, storing nothing', async (_name, token) => {
    expect(await refusedStatus(url(await token()))).toBe(401);
    expect(await storedConnections('mallory')).toEqual([]);
  });

  it('answers 404 to an upgrade on another path', async () => {
    expect(await refusedStatus(`ws://127.0.0.1:${api.port}/elsewhere`)).toBe(404);
  });
});

describe('the @connections management API', () => {
  it('POST reaches the connection, as PostToConnection sends it', async () => {
    const { open, connectionId } = await connectAs('carol');
    const data = JSON.stringify({ type: 'pong', sent_at: new Date().toISOString() });
    await management().send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: data }));
    expect(await open.next()).toEqual(JSON.parse(data));
    open.socket.close();
  });

  it('sends a message over 32 KB whole (in frames of at most 32 KB), and refuses one over 128 KB with 413', async () => {
    const { open, connectionId } = await connectAs('carol');
    const big = { type: 'error', detail: 'x'.repeat(100_000) };
    await management().send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: JSON.stringify(big) }));
    expect(await open.next()).toEqual(big);
    const tooBig = 'y'.repeat(realtimeLimits.maxMessageBytes + 1);
    await expect(
      management().send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: tooBig })),
    ).rejects.toMatchObject({ name: 'PayloadTooLargeException', $metadata: { httpStatusCode: 413 } });
    open.socket.close();
  });

  it('GET describes the connection; DELETE closes it; then every call is 410 Gone', async () => {
    const { open, connectionId } = await connectAs('dave');
    const described = await management().send(new GetConnectionCommand({ ConnectionId: connectionId }));
    expect(described.ConnectedAt).toBeInstanceOf(Date);
    expect(described.Identity?.SourceIp).toBe('127.0.0.1');
    await management().send(new DeleteConnectionCommand({ ConnectionId: connectionId }));
    expect((await open.closed()).code).toBe(1000);
    await expect(
      management().send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: '{}' })),
    ).rejects.toMatchObject({ name: 'GoneException', $metadata: { httpStatusCode: 410 } });
    await expect(management().send(new GetConnectionCommand({ ConnectionId: connectionId }))).rejects.toMatchObject({
      name: 'GoneException',
    });
    await expect(
      management().send(new PostToConnectionCommand({ ConnectionId: 'neverExisted0000=', Data: '{}' })),
    ).rejects.toMatchObject({ name: 'GoneException' });
  });

  it('refuses an unsigned request with 403', async () => {
    const res = await fetch(`${api.connectionsEndpoint}/@connections/abc=`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-amzn-errortype')).toBe('ForbiddenException');
  });
});

describe('API Gateway’s size limits', () => {
  it('closes the connection with 1009 on a frame over 32 KB', async () => {
    const open = await openSocket(url(await api.token('erin')));
    open.socket.send(JSON.stringify({ type: 'ping', pad: 'z'.repeat(realtimeLimits.maxFrameBytes) }));
    expect((await open.closed()).code).toBe(1009);
  });

  it('closes the connection with 1009 on a message over 128 KB, even in small frames', async () => {
    const open = await openSocket(url(await api.token('erin')));
    const chunk = 'z'.repeat(16 * 1024);
    const frames = Math.ceil(realtimeLimits.maxMessageBytes / chunk.length) + 1;
    for (let i = 0; i < frames; i++) open.socket.send(chunk, { fin: i === frames - 1 });
    expect((await open.closed()).code).toBe(1009);
  });
});

describe('API Gateway’s time limits (shortened for the test)', () => {
  let short: Api;
  beforeAll(async () => {
    short = await startRealApi({ realtimeLimits: { idleTimeoutMs: 400, maxConnectionMs: 2000 } });
  });
  afterAll(() => short.stop());

  it('closes an idle connection with 1001', async () => {
    const open = await openSocket(`${short.realtimeUrl}?token=${await short.token('frank')}`);
    expect((await open.closed()).code).toBe(1001);
  });

  it('closes a busy connection at the maximum duration with 1001', async () => {
    const open = await openSocket(`${short.realtimeUrl}?token=${await short.token('frank')}`);
    // Pings keep it from idling out, bounded in count.
    let pings = 0;
    const pinger = setInterval(() => {
      if (pings++ < 100 && open.socket.readyState === open.socket.OPEN) open.socket.send('{"type":"ping"}');
    }, 100);
    try {
      expect((await open.closed()).code).toBe(1001);
      expect(open.messages.length).toBeGreaterThan(0);
    } finally {
      clearInterval(pinger);
    }
  });

  it('closes open connections with 1001 when the API stops', async () => {
    const other = await startRealApi();
    const open = await openSocket(`${other.realtimeUrl}?token=${await other.token('gina')}`);
    await other.stop();
    expect((await open.closed()).code).toBe(1001);
  });
});
