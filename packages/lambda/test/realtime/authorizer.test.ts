// The realtime authorizer against a real JWKS over loopback: only a valid ID token of the
// configured issuer and client opens a connection; every other token is `Unauthorized`
// (API Gateway's 401), and a JWKS that cannot be fetched fails the invocation instead.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEMPLATE_ENV } from '../support/lambda-env.ts';

const ISSUER = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_test';
const AUDIENCE = 'app-client-1';
const METHOD_ARN = 'arn:aws:execute-api:us-east-1:000000000000:api123/dev/$connect';

let server: Server;
let jwks: { keys: JWK[] } = { keys: [] };
let signingKey: CryptoKey;
let otherKey: CryptoKey;
let handler: (event: APIGatewayRequestAuthorizerEvent) => Promise<APIGatewayAuthorizerResult>;

const sign = (key: CryptoKey, claims: Record<string, unknown> = {}, kid = 'k1') => {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ token_use: 'id', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setSubject(typeof claims.sub === 'string' ? claims.sub : 'user123')
    .setIssuer(typeof claims.iss === 'string' ? claims.iss : ISSUER)
    .setAudience(typeof claims.aud === 'string' ? claims.aud : AUDIENCE)
    .setIssuedAt(now - 60)
    .setExpirationTime(typeof claims.exp === 'number' ? claims.exp : now + 3600)
    .sign(key);
};

// Flips one bit in the middle of the signature. Overwriting its last characters instead
// leaves the token valid whenever they already held that value (1 run in 256).
const flipSignatureByte = (token: string) => {
  const [header, payload, signature] = token.split('.');
  const bytes = Buffer.from(signature as string, 'base64url');
  bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] as number) ^ 0x01;
  return `${header}.${payload}.${bytes.toString('base64url')}`;
};

const connectEvent = (query: Record<string, string> | null): APIGatewayRequestAuthorizerEvent =>
  ({
    type: 'REQUEST',
    methodArn: METHOD_ARN,
    headers: {},
    queryStringParameters: query,
    requestContext: { routeKey: '$connect', eventType: 'CONNECT', connectionId: 'c1=', requestId: 'r1' },
  }) as unknown as APIGatewayRequestAuthorizerEvent;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  signingKey = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] };
  server = createServer((req, res) => {
    if (req.url !== '/jwks.json') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  Object.assign(process.env, {
    ...TEMPLATE_ENV,
    TOKEN_ISSUER: ISSUER,
    TOKEN_AUDIENCE: AUDIENCE,
    TOKEN_JWKS_URI: `http://127.0.0.1:${port}/jwks.json`,
  });
  ({ handler } = await import('../../src/handlers/realtime-authorizer.ts'));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the realtime authorizer', () => {
  it('allows a valid ID token as its sub, for this connection only', async () => {
    const result = await handler(connectEvent({ token: await sign(signingKey) }));
    expect(result.principalId).toBe('user123');
    expect(result.policyDocument.Statement).toEqual([
      { Action: 'execute-api:Invoke', Effect: 'Allow', Resource: METHOD_ARN },
    ]);
    expect(result.context).toEqual({ sub: 'user123' });
  });

  const refused: [string, () => Promise<Record<string, string> | null>][] = [
    ['no query string', async () => null],
    ['no token', async () => ({ other: 'x' })],
    ['an empty token', async () => ({ token: '' })],
    ['not a JWT', async () => ({ token: 'not-a-jwt' })],
    ['a token signed by another key (forged)', async () => ({ token: await sign(otherKey) })],
    ['a token whose kid is unknown', async () => ({ token: await sign(otherKey, {}, 'k2') })],
    ['an expired token', async () => ({ token: await sign(signingKey, { exp: Math.floor(Date.now() / 1000) - 10 }) })],
    ['another issuer', async () => ({ token: await sign(signingKey, { iss: 'https://elsewhere.example' }) })],
    ['another audience', async () => ({ token: await sign(signingKey, { aud: 'other-client' }) })],
    ['an access token', async () => ({ token: await sign(signingKey, { token_use: 'access' }) })],
    ['a flipped signature byte', async () => ({ token: flipSignatureByte(await sign(signingKey)) })],
  ];
  it.each(refused)('refuses %s with Unauthorized (401)', async (_name, query) => {
    await expect(handler(connectEvent(await query()))).rejects.toThrow(/^Unauthorized$/);
  });

  it('fails the invocation (not a 401) when the JWKS cannot be fetched', async () => {
    // A fresh function instance whose JWKS endpoint answers 503.
    const down = createServer((_req, res) => res.writeHead(503).end());
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
    const { port } = down.address() as AddressInfo;
    process.env.TOKEN_JWKS_URI = `http://127.0.0.1:${port}/jwks.json`;
    vi.resetModules();
    const fresh = await import('../../src/handlers/realtime-authorizer.ts');
    try {
      const outcome = await fresh
        .handler(connectEvent({ token: await sign(signingKey) }))
        .catch((error: Error) => error);
      expect(outcome).toBeInstanceOf(Error);
      expect((outcome as Error).message).not.toBe('Unauthorized');
    } finally {
      await new Promise<void>((resolve) => down.close(() => resolve()));
    }
  });
});
