// Which API, which user and which token: API_URL, USER_ID and API_TOKEN, with defaults that
// make every script work against `npm start` with no setup at all.
import { createTodoClient, type FetchFunction, type TodoClient } from '@serverless-todo/client';
import { ApiUnreachableError, DevTokenUnavailableError } from './errors.ts';

/** The local API's address (`npm start`). */
export const DEFAULT_API_URL = 'http://127.0.0.1:3000';
/** The demo user of the design document and of `npm start`'s banner. */
export const DEFAULT_USER_ID = 'user123';
/** The dev token request gives up after this long. */
const TOKEN_TIMEOUT_MS = 30_000;

/** A connected API: the client plus what the scripts print and use in paths. */
export interface Target {
  readonly baseUrl: string;
  readonly userId: string;
  readonly client: TodoClient;
}

// The `sub` claim of a JWT, read without verifying it: only to pick the path's user id.
function subjectOf(token: string): string | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return typeof payload?.sub === 'string' ? payload.sub : undefined;
  } catch {
    return undefined;
  }
}

async function devToken(baseUrl: string, userId: string, fetch: FetchFunction): Promise<string> {
  const url = `${baseUrl}/_local/token?sub=${encodeURIComponent(userId)}`;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS) });
  } catch (cause) {
    throw new ApiUnreachableError(baseUrl, { cause });
  }
  const body = (await response.json().catch(() => null)) as { token?: unknown } | null;
  if (!response.ok || typeof body?.token !== 'string') throw new DevTokenUnavailableError(url, response.status);
  return body.token;
}

/**
 * Resolves the target from the environment, fetching a dev token from the local API when
 * API_TOKEN is not set. With API_TOKEN and no USER_ID, the user is the token's `sub`.
 *
 * @example
 * ```ts
 * const { client, userId } = await connect({ API_URL: 'http://127.0.0.1:3000' });
 * await client.tasks.list(userId);
 * ```
 */
export async function connect(
  env: Readonly<Record<string, string | undefined>>,
  fetch: FetchFunction = (input, init) => globalThis.fetch(input, init),
): Promise<Target> {
  const baseUrl = (env.API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
  // `localhost:3000` parses as a URL with the scheme "localhost:", so check the scheme too.
  if (!/^https?:$/.test(URL.parse(baseUrl)?.protocol ?? '')) {
    throw new Error(`API_URL must be an absolute http(s) URL such as ${DEFAULT_API_URL}; got ${baseUrl}`);
  }
  const given = env.API_TOKEN?.trim();
  const userId = env.USER_ID || (given && subjectOf(given)) || DEFAULT_USER_ID;
  const token = given || (await devToken(baseUrl, userId, fetch));
  // No `timeoutMs`: @serverless-todo/client 1.0.0 then retries a network error with a
  // fractional AbortSignal.timeout(), which throws a RangeError instead of the TypeError.
  const client = createTodoClient({ baseUrl, token, fetch });
  return { baseUrl, userId, client };
}
