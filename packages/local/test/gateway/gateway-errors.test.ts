// Gateway-level answers, rendered from the fixture template's GatewayResponses: unknown
// routes, rejected tokens, failing and slow functions, oversized bodies, CORS preflights.
import { randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  type LocalApi,
  loadSigningKey,
  MAX_PAYLOAD_BYTES,
  signToken,
} from '../../src/index.ts';
import { startFixtureApi } from '../support/fixture-api.ts';
import { bearer, send } from '../support/http.ts';
import { expectGatewayProblem } from '../support/problem.ts';

let api: LocalApi & { lines: string[] };

beforeAll(async () => {
  api = await startFixtureApi();
});
afterAll(() => api.stop());

const sign = async (claims: Record<string, unknown>, options: { key?: CryptoKey; exp?: number; aud?: string } = {}) => {
  const own = await loadSigningKey(api.dataDir);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ token_use: 'id', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: own.kid })
    .setSubject('alice')
    .setIssuer(LOCAL_ISSUER)
    .setAudience(options.aud ?? LOCAL_AUDIENCE)
    .setIssuedAt(now - 100)
    .setExpirationTime(options.exp ?? now + 600)
    .sign(options.key ?? own.privateKey);
};

describe('unknown routes', () => {
  it.each([
    ['an unknown path', 'GET', '/nope'],
    ['a known path with another method', 'DELETE', '/public/echo'],
    ['a trailing slash', 'GET', '/public/echo/'],
    ['an empty segment', 'POST', '/echo//x'],
  ])('%s → the MISSING_AUTHENTICATION_TOKEN response (404 problem)', async (_, method, path) => {
    const res = await send(`${api.url}${path}?echo=mapped`, { method });
    expectGatewayProblem(res, 404);
    // Header mappings: context.requestId and method.request.querystring.echo.
    expect(res.headers.get('x-request-id')).toBe(res.headers.get('x-amzn-requestid'));
    expect(res.headers.get('x-echo-query')).toBe('mapped');
  });
});

describe('the Cognito authorizer', () => {
  const otherKey = generateKeyPair('RS256');
  const cases: [string, () => Promise<Record<string, string>>][] = [
    ['no Authorization header', async () => ({})],
    ['an empty bearer', async () => ({ authorization: 'Bearer ' })],
    ['a malformed token', async () => bearer('not.a.jwt')],
    ['a token signed by another key', async () => bearer(await sign({}, { key: (await otherKey).privateKey }))],
    ['an expired token', async () => bearer(await sign({}, { exp: Math.floor(Date.now() / 1000) - 60 }))],
    ['an access token, not an ID token', async () => bearer(await sign({ token_use: 'access' }))],
    ['a token for another audience', async () => bearer(await sign({}, { aud: 'someone-else' }))],
    ['a flipped signature byte', async () => bearer(`${(await api.token('alice')).slice(0, -4)}AAAA`)],
  ];
  it.each(cases)('rejects %s with 401 before the function runs', async (_, headers) => {
    const res = await send(`${api.url}/echo/x`, { method: 'POST', headers: await headers() });
    expectGatewayProblem(res, 401);
    // The access line names the function that ran; here none did.
    const id = res.headers.get('x-amzn-requestid') as string;
    expect(api.lines.find((l) => l.includes(id))).toMatch(new RegExp(`^POST /echo/x 401 \\d+ ms ${id}$`));
  });

  it('accepts the bare token as well as "Bearer <token>"', async () => {
    const token = await api.token('alice');
    for (const authorization of [token, `Bearer ${token}`, `bearer ${token}`]) {
      expect((await send(`${api.url}/echo/x`, { method: 'POST', headers: { authorization } })).status).toBe(200);
    }
  });

  it('accepts tokens from signToken with the same key and keeps extra claims', async () => {
    const token = await signToken(await loadSigningKey(api.dataDir), 'bob', { 'custom:team': 'blue' });
    const res = await send(`${api.url}/echo/x`, { method: 'POST', headers: bearer(token) });
    const claims = (res.body as { event: { requestContext: { authorizer: { claims: Record<string, string> } } } }).event
      .requestContext.authorizer.claims;
    expect(claims).toMatchObject({ sub: 'bob', 'custom:team': 'blue', 'cognito:username': 'bob', iss: LOCAL_ISSUER });
    expect(claims.exp).toMatch(/^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4}$/);
  });
});

describe('failing functions', () => {
  it('turns a thrown error into 502 without leaking it, and logs it', async () => {
    const res = await send(`${api.url}/throw`);
    expectGatewayProblem(res, 502);
    expect(res.text).not.toMatch(/arn:|Secret|Error/);
    const id = res.headers.get('x-amzn-requestid') as string;
    expect(api.lines.some((l) => l.includes(id) && l.includes('Invoke Error') && l.includes('must never reach'))).toBe(
      true,
    );
  });

  it.each(['no-status', 'string-status', 'object-body', 'not-object', 'undefined', 'bad-header'])(
    'turns a malformed result (%s) into 502',
    async (kind) => {
      const res = await send(`${api.url}/malformed/${kind}`);
      expectGatewayProblem(res, 502);
      expect(
        api.lines.some((l) => l.includes(res.headers.get('x-amzn-requestid') as string) && l.includes('Malformed')),
      ).toBe(true);
    },
  );

  it('ends a function that outlives its timeout with 504, and the next request starts cold', async () => {
    const res = await send(`${api.url}/slow`);
    expectGatewayProblem(res, 504);
    expect(api.lines.some((l) => l.includes('Task timed out after 1.00 seconds'))).toBe(true);
    const again = await send(`${api.url}/slow?ms=10`);
    expect(again.status).toBe(200);
    expect(api.lines.filter((l) => l.startsWith('cold start SlowFunction')).length).toBe(2);
  });
});

describe('payload limit', () => {
  it('answers a body over 10 MB with 413 and passes one of exactly 10 MB to the function', async () => {
    const token = await api.token('alice');
    const over = await send(`${api.url}/echo/big`, {
      method: 'POST',
      headers: bearer(token),
      body: 'x'.repeat(MAX_PAYLOAD_BYTES + 1),
    });
    expectGatewayProblem(over, 413);
    const limit = await send(`${api.url}/echo/big`, {
      method: 'POST',
      headers: bearer(token),
      body: 'x'.repeat(MAX_PAYLOAD_BYTES),
    });
    expect(limit.status).toBe(200);
    expect((limit.body as { event: { body: string } }).event.body.length).toBe(MAX_PAYLOAD_BYTES);
  });
});

describe('CORS preflight', () => {
  it('answers OPTIONS on a known path from the template, without a token or a function', async () => {
    const res = await send(`${api.url}/echo/${randomUUID()}`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBe(200);
    expect(Object.fromEntries([...res.headers].filter(([n]) => n.startsWith('access-control-')))).toEqual({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET,POST,PUT,OPTIONS',
      'access-control-allow-headers': 'Content-Type,Authorization',
      'access-control-max-age': '600',
    });
  });

  it('has no preflight for an unknown path', async () => {
    expectGatewayProblem(await send(`${api.url}/nope`, { method: 'OPTIONS' }), 404);
  });
});

describe('warm environments and logs', () => {
  it('keeps module state between requests and logs one cold start', async () => {
    const counts: number[] = [];
    for (let i = 0; i < 3; i++) counts.push(((await send(`${api.url}/counter`)).body as { count: number }).count);
    expect(counts).toEqual([1, 2, 3]);
    expect(api.lines.filter((l) => l.startsWith('cold start CounterFunction')).length).toBe(1);
  });

  it('writes one access-log line per request: method, path, status, ms, request id, function', async () => {
    const res = await send(`${api.url}/counter?x=1`);
    const id = res.headers.get('x-amzn-requestid') as string;
    const lines = api.lines.filter((l) => l.includes(id));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^GET /counter 200 \\d+ ms ${id} CounterFunction$`));
  });
});
