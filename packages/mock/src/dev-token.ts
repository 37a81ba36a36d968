// Development tokens. The real API sits behind a Cognito authorizer that checks signatures;
// the mock cannot, and need not: it reads `sub` from any JWT-shaped bearer without
// verifying it. That is only acceptable because the mock never guards real data.

/** Claims a dev token may carry besides `sub` (e.g. `exp`, in seconds since the epoch). */
export type DevTokenClaims = Readonly<Record<string, unknown>>;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

// btoa/atob exist in browsers and Node ≥ 16, so no Buffer: the same code runs in a worker.
function base64url(text: string): string {
  let binary = '';
  for (const byte of encoder.encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64url(segment: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(segment)) return null;
  try {
    const binary = atob(segment.replaceAll('-', '+').replaceAll('_', '/'));
    return decoder.decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * Makes an unsigned JWT (`alg: none`) for `sub`, which the mock accepts as a bearer token.
 * For development and tests only: the real API rejects it.
 *
 * @example
 * ```ts
 * const token = devToken('user123');
 * await fetch(`${baseUrl}/users/user123/tasks`, { headers: { authorization: `Bearer ${token}` } });
 * ```
 */
export function devToken(sub: string, claims: DevTokenClaims = {}): string {
  const header = base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ ...claims, sub }));
  return `${header}.${payload}.`;
}

/**
 * The principal of an `Authorization` header, or null when the API's authorizer would
 * answer 401: no bearer, not three dot-separated segments, a payload that is not a JSON
 * object, no non-empty string `sub`, or an `exp` in the past. The signature is NOT checked.
 */
export function subjectOf(authorization: string | null, now = Date.now()): string | null {
  const match = /^Bearer +(\S+)$/i.exec(authorization?.trim() ?? '');
  const parts = match?.[1]?.split('.');
  if (parts?.length !== 3) return null;
  const json = fromBase64url(parts[1] as string);
  if (json === null) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(json);
  } catch {
    return null;
  }
  if (claims === null || typeof claims !== 'object' || Array.isArray(claims)) return null;
  const { sub, exp } = claims as { sub?: unknown; exp?: unknown };
  if (typeof sub !== 'string' || sub === '') return null;
  if (exp !== undefined && !(typeof exp === 'number' && exp * 1000 > now)) return null;
  return sub;
}
