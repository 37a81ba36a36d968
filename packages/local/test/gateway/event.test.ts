// What a function receives: the REST proxy event (v1), the Lambda context and its env.
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../src/index.ts';
import { startFixtureApi } from '../support/fixture-api.ts';
import { bearer, send } from '../support/http.ts';

let api: LocalApi & { lines: string[] };
let token: string;

beforeAll(async () => {
  api = await startFixtureApi();
  token = await api.token('alice', { email: 'alice@example.com' });
});
afterAll(() => api.stop());

interface Echo {
  event: APIGatewayProxyEvent;
  context: { awsRequestId: string; functionName: string; memoryLimitInMB: string; remainingMs: number };
  env: Record<string, string | undefined>;
  envAtLoad: Record<string, string | undefined>;
}

const echo = async (path: string, init: RequestInit = {}) => {
  const res = await send(`${api.url}${path}`, init);
  expect(res.status).toBe(200);
  return { res, echo: res.body as Echo };
};

describe('proxy event', () => {
  it('carries method, resource, path, path parameters, body and the verified claims', async () => {
    const { echo: e } = await echo('/echo/a%20b', {
      method: 'POST',
      headers: bearer(token, { 'content-type': 'application/json' }),
      body: '{"x":1}',
    });
    expect(e.event).toMatchObject({
      httpMethod: 'POST',
      resource: '/echo/{id}',
      path: '/echo/a%20b',
      pathParameters: { id: 'a b' },
      body: '{"x":1}',
      isBase64Encoded: false,
      stageVariables: null,
      queryStringParameters: null,
      multiValueQueryStringParameters: null,
    });
    expect(e.event.requestContext).toMatchObject({
      stage: 'test',
      resourcePath: '/echo/{id}',
      httpMethod: 'POST',
      path: '/echo/a%20b',
      identity: { sourceIp: '127.0.0.1' },
      authorizer: { claims: { sub: 'alice', email: 'alice@example.com', token_use: 'id' } },
    });
    expect(e.event.requestContext.requestId).toMatch(/^[0-9a-f-]{36}$/);
    // Cognito hands every claim to the function as a string.
    for (const value of Object.values(e.event.requestContext.authorizer?.claims ?? {}))
      expect(typeof value).toBe('string');
  });

  it('keeps every value of repeated query parameters and headers; the single maps keep the last', async () => {
    const headers = new Headers([
      ['X-Repeat', 'one'],
      ['X-Repeat', 'two'],
    ]);
    const { echo: e } = await echo('/public/echo?tag=a&tag=b&q=hello%20world&empty=', { headers });
    expect(e.event.queryStringParameters).toEqual({ tag: 'b', q: 'hello world', empty: '' });
    expect(e.event.multiValueQueryStringParameters).toEqual({ tag: ['a', 'b'], q: ['hello world'], empty: [''] });
    const name = Object.keys(e.event.headers).find((n) => n.toLowerCase() === 'x-repeat') as string;
    expect(e.event.multiValueHeaders[name]).toEqual(['one, two']);
    expect(e.event.headers['X-Forwarded-For']).toBe('127.0.0.1');
    expect(e.event.body).toBeNull();
    expect(e.event.pathParameters).toBeNull();
    expect(e.event.requestContext.authorizer).toBeUndefined();
  });

  it('gives a greedy {path+} parameter the rest of the path, for any method', async () => {
    for (const method of ['GET', 'DELETE', 'PUT']) {
      const { echo: e } = await echo('/files/a/b/c.txt', { method });
      expect(e.event).toMatchObject({
        httpMethod: method,
        resource: '/files/{path+}',
        pathParameters: { path: 'a/b/c.txt' },
      });
    }
  });
});

describe('Lambda context and environment', () => {
  it('passes awsRequestId, functionName, memory and a running clock', async () => {
    const { echo: e } = await echo('/public/echo');
    expect(e.context.functionName).toBe('EchoFunction');
    expect(e.context.memoryLimitInMB).toBe('256');
    expect(e.context.awsRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(e.context.awsRequestId).not.toBe(e.event.requestContext.requestId);
    // Timeout is 5 s from Globals: the clock has started but not run out.
    expect(e.context.remainingMs).toBeGreaterThan(0);
    expect(e.context.remainingMs).toBeLessThanOrEqual(5000);
  });

  it('applies Globals and the function env, with intrinsics resolved, before module load', async () => {
    const { echo: e } = await echo('/public/echo');
    expect(e.env).toMatchObject({
      TABLE_NAME: 'ItemsTable',
      GLOBAL_ONLY: 'from-globals',
      OVERRIDDEN: 'from-function',
      AWS_LAMBDA_FUNCTION_NAME: 'EchoFunction',
    });
    expect(e.env.DYNAMODB_ENDPOINT).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // A parameter without a Default gets a generated secret.
    expect(e.env.SHARED_SECRET?.length).toBeGreaterThanOrEqual(32);
    expect(e.envAtLoad).toEqual({ TABLE_NAME: 'ItemsTable', SHARED_SECRET: e.env.SHARED_SECRET });
  });

  it('sends the function’s status, headers and multi-value headers back', async () => {
    const { res } = await echo('/public/echo');
    expect(res.headers.get('x-single')).toBe('one');
    expect(res.headers.get('x-multi')).toBe('a, b');
    expect(res.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
