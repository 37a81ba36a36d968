// How an ApiRequest becomes bytes on the wire: the operation's path template filled in and
// percent-encoded, the query, the headers and the body. Kept pure so the validity oracle
// (the contract's validateRequest) can be asked about exactly what is sent.
import { type OperationId, operations } from '@serverless-todo/contract';

/** One request, described by its operation instead of a URL. */
export interface ApiRequest {
  readonly operationId: OperationId;
  /** Path parameters as plain strings; they are percent-encoded here. */
  readonly path?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as JSON, with `Content-Type: application/json` unless `headers` name another. */
  readonly json?: unknown;
  /** Sent as is; wins over `json`. */
  readonly rawBody?: string;
  /** Whose token to send: a user id, or null for none. Default: the path's `user_id`, if any. */
  readonly as?: string | null;
  /** A literal bearer token (e.g. a malformed one); wins over `as`. */
  readonly token?: string;
}

/**
 * Builds the URL below the base from the operation's path template, the path parameters
 * (percent-encoded) and the query.
 *
 * @example
 * ```ts
 * relativeUrl({ operationId: 'listTasks', path: { user_id: 'u1' }, query: { limit: '2' } }); // '/users/u1/tasks?limit=2'
 * ```
 */
export function relativeUrl(request: Pick<ApiRequest, 'operationId' | 'path' | 'query'>): string {
  const template = operations[request.operationId].path;
  const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(request.path?.[name] ?? ''));
  const query = new URLSearchParams(request.query ?? {}).toString();
  return query === '' ? path : `${path}?${query}`;
}

/** A request as it goes on the wire, and the parts a failure message shows. */
export interface WireRequest {
  readonly request: Request;
  readonly url: string;
  readonly body: string | null;
}

/**
 * Turns an ApiRequest into the fetch Request that is sent (also used to ask the contract's
 * validator what the target should answer, so both see exactly the same bytes).
 *
 * @example
 * ```ts
 * const { request } = wireRequest('http://127.0.0.1:3000', { operationId: 'getHello' });
 * ```
 */
export function wireRequest(baseUrl: string, request: ApiRequest, token?: string): WireRequest {
  const url = relativeUrl(request);
  const headers = new Headers(request.headers);
  if (token !== undefined) headers.set('authorization', `Bearer ${token}`);
  let body: string | null = request.rawBody ?? null;
  if (body === null && request.json !== undefined) {
    body = JSON.stringify(request.json);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  const init: RequestInit = { method: operations[request.operationId].method, headers };
  if (body !== null) init.body = body;
  return { request: new Request(baseUrl + url, init), url, body };
}
