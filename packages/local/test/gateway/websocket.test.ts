// The WebSocket emulation on fixture functions: how the handshake reads the authorizer's
// and $connect's answers, which route a message goes to, what the events carry, and that a
// function reaches the management API through the URL the template gives it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureApi } from '../support/fixture-api.ts';
import { openSocket, refusedStatus } from '../support/websocket.ts';

const TEMPLATE = join(import.meta.dirname, '../fixtures/websocket-template.yaml');
let api: Awaited<ReturnType<typeof startFixtureApi>>;
const url = (token: string) => `${api.realtimeUrl}?token=${encodeURIComponent(token)}`;

beforeAll(async () => {
  api = await startFixtureApi({ templatePath: TEMPLATE });
});
afterAll(() => api.stop());

describe('the handshake', () => {
  it.each([
    ['the authorizer throws Unauthorized', 'nope', 401],
    ['the authorizer returns a Deny policy', 'deny', 403],
    ['the authorizer fails', 'boom', 500],
    ['$connect answers 403', 'allow-refused', 403],
  ])('is refused when %s (%s → %i)', async (_name, token, status) => {
    expect(await refusedStatus(url(token))).toBe(status);
  });

  it('never writes the query string (the token) into the log', async () => {
    await refusedStatus(url('secret-token-value'));
    expect(api.lines.join('\n')).not.toContain('secret-token-value');
  });
});

describe('messages', () => {
  it('carry the connection and the authorizer’s context, as API Gateway sends them', async () => {
    const open = await openSocket(url('allow-u1'));
    open.socket.send('{"hello":1}');
    const seen = (await open.next()) as { routeKey: string; requestContext: Record<string, unknown>; body: string };
    expect(seen.routeKey).toBe('$default');
    expect(seen.body).toBe('{"hello":1}');
    expect(seen.requestContext).toMatchObject({
      eventType: 'MESSAGE',
      apiId: 'WsApi',
      stage: 'test',
      domainName: `127.0.0.1:${api.port}`,
      messageDirection: 'IN',
      identity: { sourceIp: '127.0.0.1' },
      authorizer: {
        principalId: 'u1',
        tokenUse: 'id',
        seenMethodArn: 'arn:aws:execute-api:us-east-1:000000000000:WsApi/test/$connect',
      },
    });
    expect(String(seen.requestContext.connectionId)).toMatch(/^[A-Za-z0-9]{15}=$/);
    open.socket.close();
  });

  it('go to the route the selection expression names, else $default; a one-way route answers nothing', async () => {
    const open = await openSocket(url('allow-u2'));
    open.socket.send('{"action":"quiet"}');
    open.socket.send('{"action":"echo"}');
    open.socket.send('{"action":"$connect"}');
    const keys = [];
    for (let i = 0; i < 2; i++) keys.push(((await open.next()) as { routeKey: string }).routeKey);
    // A route key starting with $ is never chosen by the expression.
    expect(keys.sort()).toEqual(['$default', 'echo']);
    open.socket.close();
  });

  it('let a function post to its connection through the management URL of its template environment', async () => {
    const open = await openSocket(url('allow-u3'));
    open.socket.send('{"action":"post"}');
    // The post (through the management API) and the route's answer, in either order.
    const seen = [await open.next(), await open.next()];
    expect(seen).toEqual(expect.arrayContaining([{ posted: true }, { postStatus: 200 }]));
    open.socket.close();
  });
});
