// Proxy results with the headers every response of the contract carries.

import { PROBLEM_CONTENT_TYPE, type Problem } from '@serverless-todo/contract';
import type { APIGatewayProxyResult } from 'aws-lambda';

/** Headers that depend on the request rather than on the outcome. */
export interface ResponseBase {
  readonly requestId: string;
  readonly cors: Record<string, string>;
}

const baseHeaders = (base: ResponseBase): Record<string, string> => ({
  'X-Request-Id': base.requestId,
  'Cache-Control': 'no-store',
  ...base.cors,
});

/**
 * A JSON response, or an empty one when `body` is undefined (204).
 *
 * @example
 * ```ts
 * jsonResponse(base, 200, task, { ETag: '"1"' });
 * ```
 */
export function jsonResponse(
  base: ResponseBase,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): APIGatewayProxyResult {
  if (body === undefined) return { statusCode: status, headers: { ...baseHeaders(base), ...headers }, body: '' };
  return {
    statusCode: status,
    headers: { 'Content-Type': 'application/json', ...baseHeaders(base), ...headers },
    body: JSON.stringify(body),
  };
}

/**
 * A problem+json response whose status is the problem's, stamped with the request id.
 *
 * @example
 * ```ts
 * problemResponse(base, problem(404), {});
 * ```
 */
export function problemResponse(
  base: ResponseBase,
  body: Problem,
  headers: Record<string, string> = {},
): APIGatewayProxyResult {
  return {
    statusCode: body.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, ...baseHeaders(base), ...headers },
    body: JSON.stringify({ ...body, request_id: base.requestId }),
  };
}
