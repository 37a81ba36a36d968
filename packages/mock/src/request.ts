// Turns a fetch Request into the raw parts the contract's `validateRequest` takes, the way
// API Gateway's REST proxy integration hands them to the Lambda handlers.
import { matchRoute, type OperationId, type RawRequest } from '@serverless-todo/contract';

/** The raw request, plus what the pipeline needs besides validation. */
export interface IncomingRequest extends RawRequest {
  readonly headers: Record<string, string>;
  readonly body: string | null;
  /** The request's URL path, for `Location` and problem `instance`. */
  readonly path: string;
}

/** The path below the API's base path, as the operation table's patterns expect it. */
function relativePath(pathname: string, basePath: string): string {
  return basePath !== '' && pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
}

/**
 * Path parameters as the contract's router reads them (URL-decoded). When it cannot decode
 * them (a malformed %-escape), the raw segments go to validation, which rejects them with a
 * 400 pointing at the parameter instead of the mock guessing.
 */
function pathParametersOf(operationId: OperationId, method: string, path: string, params: Record<string, unknown>) {
  const match = matchRoute(method, path);
  if (match && match.operation.operationId === operationId) return match.pathParameters;
  const raw: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) if (typeof value === 'string') raw[name] = value;
  return raw;
}

/** Reads a request for `operationId`; `params` are MSW's, used only when the contract's router cannot match. */
export async function readRequest(
  operationId: OperationId,
  request: Request,
  basePath: string,
  params: Record<string, unknown>,
): Promise<IncomingRequest> {
  const url = new URL(request.url);
  // API Gateway's REST v1 `queryStringParameters` keeps the last value of a repeated name.
  // Null-prototype maps: a `__proto__` query name or header stays a plain key.
  const query: Record<string, string> = Object.create(null);
  for (const [name, value] of url.searchParams) query[name] = value;
  const headers: Record<string, string> = Object.create(null);
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
  return {
    pathParameters: pathParametersOf(operationId, request.method, relativePath(url.pathname, basePath), params),
    query,
    headers,
    body: text === '' ? null : text,
    path: url.pathname,
  };
}
