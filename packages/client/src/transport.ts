// Sends one API call: builds the request, retries what is safe to retry, and turns an error
// response into a TodoApiError. Without middleware it calls fetch(url, init) directly:
// measured with bench/, openapi-fetch's Request object and Headers merging cost 10-20 % of
// loopback throughput and 40-80 % of per-call overhead. With middleware the call goes through
// openapi-fetch, whose middleware contract (a real Request in onRequest) users rely on.
// Written with the 4 KB bundle budget in mind: settings live in closures, which minify.
import type { paths } from '@serverless-todo/contract';
import { etagOf } from '@serverless-todo/contract/http';
import {
  type Client,
  createFinalURL,
  createQuerySerializer,
  defaultPathSerializer as pathSerializer,
} from 'openapi-fetch';
import { TodoApiError } from './errors.ts';
import { isRetryStatus, parseRetryAfter, retryDelay, sleep } from './retry.ts';
import type { CreateOptions, TodoClientOptions, WriteOptions } from './types.ts';

/** The options of any one call. */
export type CallOptions = CreateOptions & WriteOptions;

/** Query parameters of a call. */
export type Query = Record<string, string | number | undefined>;

/**
 * Sends one operation: its method, the contract's path template (`/users/{user_id}/tasks`),
 * the path parameters, the caller's options, the JSON body and the query.
 */
export type Send = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  params: Record<string, string>,
  options?: CallOptions,
  body?: unknown,
  query?: Query,
) => Promise<unknown>;

// openapi-fetch hands an error body over already parsed when it is JSON.
// (JSON.parse then throws on the object, which is handed back unchanged.)
const parse = (body: unknown): unknown => {
  try {
    return body ? JSON.parse(body as string) : undefined;
  } catch {
    return body;
  }
};

const querySerializer = createQuerySerializer();

/**
 * Builds the function that sends every call of one client.
 *
 * @example
 * ```ts
 * const send = createTransport(options, 'http://127.0.0.1:3000', undefined, fetch);
 * const task = await send('GET', '/users/{user_id}/tasks/{task_id}', { user_id, task_id });
 * ```
 */
export function createTransport(
  { headers: defaults, timeoutMs, retry: policy = {} }: TodoClientOptions,
  baseUrl: string,
  raw: Client<paths> | undefined,
  fetch: (url: string, init: RequestInit & { headers: Record<string, string> }) => Promise<Response>,
): Send {
  // Without middleware: fetch(url, init), answering like openapi-fetch's request(). Plain
  // objects, not Headers: undici's fetch takes them measurably faster.
  const direct: RequestFunction = async (method, path, { params, body, headers: own, signal }) => {
    const headers: Record<string, string> = {};
    // Lower-cased, so that a caller's `Authorization` replaces ours instead of joining it.
    for (const source of [defaults, own]) for (const key in source) headers[key.toLowerCase()] = source[key]!;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(createFinalURL(path, { baseUrl, params, querySerializer, pathSerializer }), {
      method,
      headers,
      body: (body && JSON.stringify(body)) as string | undefined,
      signal,
    });
    const text = await response.text();
    return { data: text, response };
  };

  return async (method, path, params, options = {}, body, query) => {
    const { ifMatch, signal: callerSignal } = options;
    // The operation's own headers, the same on every attempt: that is what makes a retried
    // POST safe (the API replays the first response for a known Idempotency-Key).
    const own: Record<string, string> = {};
    if (method === 'POST') own['idempotency-key'] = options.idempotencyKey ?? crypto.randomUUID();
    if (ifMatch !== undefined) own['if-match'] = typeof ifMatch === 'number' ? etagOf(ifMatch) : ifMatch;
    // A conditional update cannot apply twice: a second attempt would meet a 412.
    const retry = method !== 'PATCH' || ifMatch !== undefined;

    // One signal for the whole call, every attempt and backoff included. A timeout aborts with
    // a DOMException named TimeoutError, as AbortSignal.timeout does for fetch users.
    const signal =
      timeoutMs === undefined
        ? callerSignal
        : AbortSignal.any([AbortSignal.timeout(timeoutMs)].concat(callerSignal ?? []));
    let last: unknown;
    for (let retries = 0; ; retries++) {
      let retryAfter: number | undefined;
      try {
        const { data, error, response } = await ((raw?.request as RequestFunction | undefined) ?? direct)(
          method,
          path,
          {
            params: { path: params, query },
            body,
            headers: own,
            signal,
            parseAs: 'text',
          },
        );
        const json = parse(data ?? error);
        // A success must carry JSON or nothing: an HTML page with a 200 is still an error.
        if (response.ok && typeof json !== 'string') return json;
        last = new TodoApiError(response, json);
        if (!isRetryStatus(response.status)) throw last;
        retryAfter = parseRetryAfter(response.headers.get('retry-after'));
      } catch (error) {
        if (error === last) throw error;
        signal?.throwIfAborted();
        // fetch rejects with a TypeError when no (complete) response arrived: the one
        // thrown error worth another attempt.
        if (!(error instanceof TypeError)) throw error;
        last = error;
      }
      const wait = retry && policy ? retryDelay(policy, retries, retryAfter) : undefined;
      if (wait === undefined) throw last;
      await sleep(wait, signal);
    }
  };
}

// openapi-fetch's request(), untyped: the typed methods have checked the call already.
type RequestFunction = (
  method: string,
  path: string,
  init: {
    params: ParamsOption;
    body: unknown;
    headers: Record<string, string>;
    signal: AbortSignal | undefined;
    parseAs: 'text';
  },
) => Promise<{ data?: string; error?: unknown; response: Response }>;

interface ParamsOption {
  path: Record<string, string>;
  query: Query | undefined;
}
