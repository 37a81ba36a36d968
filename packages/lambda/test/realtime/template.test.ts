// The realtime part of template.yaml, read through the stack model: what asyncapi.yaml and
// the security properties require of the deployed WebSocket API.
import { REALTIME_TOKEN_PARAMETER, realtimeLimits } from '@serverless-todo/contract/realtime';
import type { WebSocketAuthorizerEvent, WebSocketEvent } from '@serverless-todo/stack';
import { describe, expect, it } from 'vitest';
import { lambdaStack } from '../../build/lambda-stack.ts';

const stack = lambdaStack({ CursorSecret: 'x'.repeat(32) });
const routes = [...stack.functions.values()].flatMap((fn) =>
  fn.events.filter((e): e is WebSocketEvent => e.type === 'WebSocket').map((e) => ({ ...e, fn: fn.logicalId })),
);
const authorizers = [...stack.functions.values()].flatMap((fn) =>
  fn.events
    .filter((e): e is WebSocketAuthorizerEvent => e.type === 'WebSocketAuthorizer')
    .map((e) => ({ ...e, fn: fn.logicalId })),
);

describe('the realtime WebSocket API', () => {
  it('has $connect, $disconnect and $default, each on its own function', () => {
    expect(routes.map((r) => `${r.routeKey} ${r.fn}`).sort()).toEqual([
      '$connect RealtimeConnectFunction',
      '$default RealtimeDefaultFunction',
      '$disconnect RealtimeDisconnectFunction',
    ]);
    expect(routes.find((r) => r.routeKey === '$default')?.twoWay).toBe(true);
  });

  it('authorizes $connect with the token query parameter of asyncapi.yaml, and only $connect', () => {
    expect(authorizers).toEqual([
      expect.objectContaining({
        fn: 'RealtimeAuthorizerFunction',
        identitySource: [`route.request.querystring.${REALTIME_TOKEN_PARAMETER}`],
      }),
    ]);
    expect(routes.filter((r) => r.authorizer !== null).map((r) => [r.routeKey, r.authorizer])).toEqual([
      ['$connect', authorizers[0]?.name],
    ]);
  });

  it('points the authorizer at the user pool and its app client', () => {
    expect(stack.environmentOf('RealtimeAuthorizerFunction')).toMatchObject({
      TOKEN_ISSUER: 'https://cognito-idp.us-east-1.amazonaws.com/UserPool',
      TOKEN_AUDIENCE: 'UserPoolClient',
      TOKEN_JWKS_URI: 'https://cognito-idp.us-east-1.amazonaws.com/UserPool/.well-known/jwks.json',
    });
  });

  it('keeps the query string (the token) out of the access log', () => {
    const [api] = stack.webSocketApis;
    expect(api?.accessLogFormat).toMatch(/\$context\.connectionId/);
    expect(api?.accessLogFormat).not.toMatch(/querystring|query|\$request/i);
  });
});

describe('the connections table', () => {
  const table = stack.tables.find((t) => t.logicalId === 'ConnectionsTable');

  it('is keyed by user and connection, with an index by connection id', () => {
    expect(table?.createTableInput.KeySchema).toEqual([
      { AttributeName: 'user_id', KeyType: 'HASH' },
      { AttributeName: 'connection_id', KeyType: 'RANGE' },
    ]);
    expect(table?.createTableInput.GlobalSecondaryIndexes).toEqual([
      expect.objectContaining({
        IndexName: 'by_connection',
        KeySchema: [{ AttributeName: 'connection_id', KeyType: 'HASH' }],
      }),
    ]);
  });

  it('expires items no later than API Gateway’s maximum connection duration', () => {
    expect(table?.ttlAttribute).toBe('expires_at');
    const ttl = Number(stack.environmentOf('RealtimeConnectFunction').CONNECTION_TTL_SECONDS);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(realtimeLimits.maxConnectionSeconds);
  });
});
