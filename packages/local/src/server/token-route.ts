// GET /_local/token?sub=<user>: a dev-only token endpoint so a browser example can sign in
// without Cognito. It exists only on the local API; nothing like it is deployed.
import type { SigningKey } from '../auth/signing-key.ts';
import { DEFAULT_TOKEN_TTL_SECONDS, signToken } from '../auth/tokens.ts';
import type { HttpResponse } from '../gateway/proxy-result.ts';

/** The path of the dev token endpoint. */
export const TOKEN_PATH = '/_local/token';

// The contract's UserId: what a path's user_id may be.
const USER_ID = /^[A-Za-z0-9._@-]{1,128}$/;

const json = (status: number, body: unknown): HttpResponse => ({
  status,
  headers: [
    ['Content-Type', 'application/json'],
    ['Cache-Control', 'no-store'],
    ['Access-Control-Allow-Origin', '*'],
  ],
  body: Buffer.from(JSON.stringify(body), 'utf8'),
});

/**
 * Answers the dev token endpoint.
 *
 * @example
 * ```ts
 * const response = await tokenRoute(key, new URLSearchParams('sub=user123'));
 * JSON.parse(response.body.toString()).token; // 'eyJ…'
 * ```
 */
export async function tokenRoute(key: SigningKey, query: URLSearchParams): Promise<HttpResponse> {
  const sub = query.get('sub') ?? '';
  if (!USER_ID.test(sub)) return json(400, { error: 'sub must be 1-128 characters of A-Z a-z 0-9 . _ @ -' });
  const token = await signToken(key, sub);
  return json(200, { token, token_type: 'Bearer', sub, expires_in: DEFAULT_TOKEN_TTL_SECONDS });
}
