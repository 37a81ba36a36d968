// How the functions reach the local stand-ins for AWS endpoints of the realtime API: the
// management API URL the template builds for the WebSocket API, and the issuer whose ID
// tokens the authorizer accepts (the local signing key, served as a JWKS like a user pool's).
import { exportJWK } from 'jose';
import type { SigningKey } from '../auth/signing-key.ts';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../auth/tokens.ts';
import type { HttpResponse } from '../gateway/proxy-result.ts';
import { LOCAL_REGION } from '../template/local-place.ts';

/** Where the local API serves its token-signing key, as a Cognito user pool serves its JWKS. */
export const JWKS_PATH = '/.well-known/jwks.json';

/**
 * Rewrites the WebSocket API's AWS URLs in a function's environment to the local ones:
 * `https://<api>.execute-api.<region>.amazonaws.com/<stage>` (the management API, where
 * PostToConnection goes) and its `wss://` twin (the client URL).
 *
 * @example
 * ```ts
 * const rewrite = realtimeEndpointRewrite('RealtimeApi', 'dev', () => 'http://127.0.0.1:3000/realtime');
 * rewrite({ CONNECTIONS_ENDPOINT: 'https://RealtimeApi.execute-api.us-east-1.amazonaws.com/dev' });
 * // { CONNECTIONS_ENDPOINT: 'http://127.0.0.1:3000/realtime' }
 * ```
 */
export function realtimeEndpointRewrite(
  apiId: string,
  stage: string,
  localUrl: () => string,
): (env: Record<string, string>) => Record<string, string> {
  const host = `${apiId}.execute-api.${LOCAL_REGION}.amazonaws.com/${stage}`;
  return (env) => {
    const http = localUrl();
    const ws = http.replace(/^http:/, 'ws:');
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(env)) {
      out[name] = value.replaceAll(`https://${host}`, http).replaceAll(`wss://${host}`, ws);
    }
    return out;
  };
}

/**
 * The variables that point the realtime authorizer at the local issuer (set on every
 * function, like the DynamoDB endpoint; only the authorizer reads them).
 *
 * @example
 * ```ts
 * localIssuerEnv('http://127.0.0.1:3000'); // { TOKEN_ISSUER: 'serverless-todo-local', … }
 * ```
 */
export function localIssuerEnv(baseUrl: string): Record<string, string> {
  return { TOKEN_ISSUER: LOCAL_ISSUER, TOKEN_AUDIENCE: LOCAL_AUDIENCE, TOKEN_JWKS_URI: `${baseUrl}${JWKS_PATH}` };
}

/**
 * The JWKS response for the local signing key (its public half only).
 *
 * @example
 * ```ts
 * const jwks = await jwksResponse(key); // 200 {"keys":[{"kty":"RSA","kid":…}]}
 * ```
 */
export async function jwksResponse(key: SigningKey): Promise<HttpResponse> {
  const jwk = { ...(await exportJWK(key.publicKey)), kid: key.kid, alg: 'RS256', use: 'sig' };
  return {
    status: 200,
    headers: [
      ['Content-Type', 'application/json'],
      ['Cache-Control', 'max-age=3600'],
    ],
    body: Buffer.from(JSON.stringify({ keys: [jwk] })),
  };
}
