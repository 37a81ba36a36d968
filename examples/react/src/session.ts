// Who is signed in: a user id and a bearer token, kept in sessionStorage so a reload keeps
// the session and closing the tab ends it. Dev tokens come from the local API's
// `GET /_local/token?sub=<user>` (or, in mock mode, from the mock's devToken).
import { SignInError } from './errors.ts';

/** A signed-in user. */
export interface Session {
  readonly userId: string;
  readonly token: string;
}

const KEY = 'todo-example-session';

/** Gets a dev token for a user. */
export type TokenSource = (userId: string) => Promise<string>;

/**
 * The token source of a local API: its dev-only token endpoint.
 *
 * @example
 * ```ts
 * const token = await localDevTokens('http://127.0.0.1:3000')('user123');
 * ```
 */
export const localDevTokens =
  (apiUrl: string): TokenSource =>
  async (userId) => {
    const url = `${apiUrl}/_local/token?sub=${encodeURIComponent(userId)}`;
    let response: Response;
    try {
      response = await fetch(url);
    } catch (cause) {
      throw new SignInError(`Cannot reach ${apiUrl}. Is the local API running (pnpm start)?`, { cause });
    }
    const body = (await response.json().catch(() => null)) as { token?: unknown; error?: unknown } | null;
    if (typeof body?.token === 'string') return body.token;
    throw new SignInError(
      typeof body?.error === 'string' ? body.error : `No dev token at ${url} (HTTP ${response.status}); paste a token.`,
    );
  };

/**
 * A session for a pasted token; the user id is the token's `sub` (read, not verified: the
 * API verifies it on every call).
 *
 * @example
 * ```ts
 * pastedSession('eyJhbGciOi…'); // { userId: 'user123', token: 'eyJhbGciOi…' }
 * ```
 */
export function pastedSession(pasted: string): Session {
  const token = pasted.trim().replace(/^Bearer\s+/i, '');
  let sub: unknown;
  try {
    const payload = token.split('.')[1] ?? '';
    // atob gives one character per byte; the payload is UTF-8.
    const bytes = Uint8Array.from(atob(payload.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0));
    sub = JSON.parse(new TextDecoder().decode(bytes))?.sub;
  } catch {
    sub = undefined;
  }
  if (typeof sub !== 'string' || sub === '') throw new SignInError('That is not a JWT with a sub claim.');
  return { userId: sub, token };
}

/**
 * The session saved in this tab, if any.
 *
 * @example
 * ```ts
 * const session = loadSession(sessionStorage);
 * ```
 */
export function loadSession(storage: Storage): Session | null {
  try {
    const saved = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Session> | null;
    return typeof saved?.userId === 'string' && typeof saved.token === 'string'
      ? { userId: saved.userId, token: saved.token }
      : null;
  } catch {
    return null;
  }
}

/**
 * Saves (or, with null, forgets) the session of this tab.
 *
 * @example
 * ```ts
 * saveSession(sessionStorage, { userId: 'user123', token });
 * ```
 */
export function saveSession(storage: Storage, session: Session | null): void {
  if (session) storage.setItem(KEY, JSON.stringify(session));
  else storage.removeItem(KEY);
}
