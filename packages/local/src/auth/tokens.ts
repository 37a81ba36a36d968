// Tokens shaped like Cognito ID tokens (sub, iss, aud, token_use: 'id'), signed with the local
// key; and the check the Cognito authorizer makes before any handler runs.
import { errors, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import type { SigningKey } from './signing-key.ts';

/** The issuer and audience of local tokens. */
export const LOCAL_ISSUER = 'serverless-todo-local';
export const LOCAL_AUDIENCE = 'serverless-todo-local-client';
/** How long a token lives unless asked otherwise: a working day. */
export const DEFAULT_TOKEN_TTL_SECONDS = 12 * 60 * 60;

/** Claims as API Gateway hands them to a function: every value a string. */
export type AuthorizerClaims = Record<string, string>;

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Cognito's authorizer renders time claims as e.g. `Wed Nov 26 16:08:05 UTC 2025`. */
function cognitoTime(seconds: number): string {
  const d = new Date(seconds * 1000);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${time} UTC ${d.getUTCFullYear()}`;
}

function asClaims(payload: JWTPayload): AuthorizerClaims {
  const claims: AuthorizerClaims = {};
  for (const [name, value] of Object.entries(payload)) {
    if (typeof value === 'number' && ['exp', 'iat', 'auth_time', 'nbf'].includes(name))
      claims[name] = cognitoTime(value);
    else claims[name] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return claims;
}

/**
 * Signs a local ID token for `sub`.
 *
 * @example
 * ```ts
 * const token = await signToken(key, 'user123');
 * ```
 */
export async function signToken(
  key: SigningKey,
  sub: string,
  extraClaims: Readonly<Record<string, unknown>> = {},
  ttlSeconds: number = DEFAULT_TOKEN_TTL_SECONDS,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...extraClaims, token_use: 'id', 'cognito:username': sub, auth_time: now })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .sign(key.privateKey);
}

/**
 * Checks a token as the Cognito authorizer does, returning its claims, or null when it is
 * malformed, wrongly signed, expired, not an ID token or has no subject.
 *
 * @example
 * ```ts
 * (await verifyToken(key, token))?.sub; // 'user123'
 * ```
 */
export async function verifyToken(key: SigningKey, token: string): Promise<AuthorizerClaims | null> {
  return (await verifyTokenDetailed(key, token))?.claims ?? null;
}

/**
 * Like {@link verifyToken}, with the token's expiry (epoch ms) for callers that cache.
 *
 * @example
 * ```ts
 * const verified = await verifyTokenDetailed(key, token); // { claims, expiresAt } | null
 * ```
 */
export async function verifyTokenDetailed(
  key: SigningKey,
  token: string,
): Promise<{ claims: AuthorizerClaims; expiresAt: number } | null> {
  try {
    const { payload } = await jwtVerify(token, key.publicKey, {
      algorithms: ['RS256'],
      issuer: LOCAL_ISSUER,
      audience: LOCAL_AUDIENCE,
      requiredClaims: ['sub', 'exp'],
    });
    if (payload.token_use !== 'id' || typeof payload.sub !== 'string' || payload.sub === '') return null;
    return { claims: asClaims(payload), expiresAt: (payload.exp as number) * 1000 };
  } catch (err) {
    if (err instanceof errors.JOSEError) return null;
    throw err;
  }
}
