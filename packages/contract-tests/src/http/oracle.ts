// The validity oracle: what the contract's own validator says about a request, judged on
// the bytes that go on the wire (after fetch has normalised headers and the URL), not on
// the generator's intent. Generated "valid" and "invalid" requests are checked against it.
import {
  matchRoute,
  type OperationId,
  type RawRequest,
  type ValidationResult,
  validateRequest,
} from '@serverless-todo/contract';
import { type ApiRequest, wireRequest } from './wire-request.ts';

const ORACLE_BASE = 'http://oracle.invalid';

/**
 * The raw parts API Gateway would hand a handler for this request.
 *
 * @example
 * ```ts
 * (await rawRequestOf({ operationId: 'getTask', path: { user_id: 'u 1', task_id: 't' } })).pathParameters; // { user_id: 'u 1', task_id: 't' }
 * ```
 */
export async function rawRequestOf(request: ApiRequest): Promise<RawRequest> {
  const wire = wireRequest(ORACLE_BASE, request).request;
  const url = new URL(wire.url);
  const match = matchRoute(wire.method, url.pathname);
  // REST v1 queryStringParameters keep the last value of a repeated name.
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = value;
  const headers: Record<string, string> = {};
  wire.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const text = await wire.text();
  return {
    pathParameters: match?.operation.operationId === request.operationId ? match.pathParameters : (request.path ?? {}),
    query,
    headers,
    body: text === '' ? null : text,
  };
}

/**
 * What validateRequest says about `request` as sent.
 *
 * @example
 * ```ts
 * const verdict = await validationOf({ operationId: 'listTasks', path: { user_id: 'u1' }, query: { limit: '0' } });
 * verdict.ok; // false: /query/limit
 * ```
 */
export async function validationOf(request: ApiRequest): Promise<ValidationResult<OperationId>> {
  return validateRequest(request.operationId, await rawRequestOf(request));
}
