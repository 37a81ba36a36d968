// What the handlers need from an API Gateway REST proxy (v1) event.

import type { RawRequest } from '@serverless-todo/contract';
import type { APIGatewayProxyEvent } from 'aws-lambda';

/**
 * The raw request the contract validates: path parameters, query, headers, and the body as
 * text (API Gateway base64-encodes bodies it treats as binary).
 *
 * @example
 * ```ts
 * const result = checkRequest(createTask, rawRequest(event));
 * ```
 */
export function rawRequest(event: APIGatewayProxyEvent): RawRequest {
  const body =
    event.body !== null && event.body !== undefined && event.isBase64Encoded
      ? Buffer.from(event.body, 'base64').toString('utf8')
      : event.body;
  return {
    pathParameters: event.pathParameters,
    query: event.queryStringParameters,
    headers: event.headers,
    body,
  };
}

/**
 * The authenticated principal: the `sub` claim the Cognito authorizer verified, or
 * undefined when the event carries none (fail closed).
 *
 * @example
 * ```ts
 * principalOf(event); // 'user123'
 * ```
 */
export function principalOf(event: APIGatewayProxyEvent): string | undefined {
  const sub: unknown = event.requestContext?.authorizer?.claims?.sub;
  return typeof sub === 'string' && sub !== '' ? sub : undefined;
}

/**
 * The path the client requested, stage prefix included (`requestContext.path`), without a
 * trailing slash: the base for `Location`.
 *
 * @example
 * ```ts
 * requestPath(event); // '/dev/users/user123/tasks'
 * ```
 */
export function requestPath(event: APIGatewayProxyEvent): string {
  const path = event.requestContext?.path || event.path || '/';
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/**
 * A request header by name, in any case.
 *
 * @example
 * ```ts
 * headerOf(event, 'origin'); // 'https://app.example.com'
 * ```
 */
export function headerOf(event: APIGatewayProxyEvent, name: string): string | undefined {
  const headers = event.headers ?? {};
  const lower = name.toLowerCase();
  for (const key of Object.keys(headers)) if (key.toLowerCase() === lower) return headers[key];
  return undefined;
}
