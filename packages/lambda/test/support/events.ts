// Realistic API Gateway REST proxy (v1) events and Lambda contexts, shaped like what the
// gateway sends after the Cognito authorizer ran.
import { randomUUID } from 'node:crypto';
import { type OperationId, operations } from '@serverless-todo/contract';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';

/** What varies between test requests. */
export interface EventOptions {
  readonly pathParameters?: Record<string, string>;
  readonly query?: Record<string, string>;
  readonly headers?: Record<string, string>;
  /** An object is sent as JSON (with a JSON content type unless headers say otherwise). */
  readonly body?: unknown;
  /** The token's `sub`; null sends no authorizer claims at all. Default: the path's user_id. */
  readonly principal?: string | null;
  readonly base64?: boolean;
}

/** The stage the events claim to come through (it prefixes requestContext.path). */
export const STAGE = 'test';

/**
 * Builds the event API Gateway would send for an operation.
 *
 * @example
 * ```ts
 * apiEvent('getTask', { pathParameters: { user_id: 'u1', task_id: id } });
 * ```
 */
export function apiEvent(operationId: OperationId, options: EventOptions = {}): APIGatewayProxyEvent {
  const operation = operations[operationId];
  const params = options.pathParameters ?? {};
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const headers: Record<string, string> = {
    Host: 'abc123.execute-api.eu-west-1.amazonaws.com',
    Accept: 'application/json',
  };
  let body: string | null = null;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  const principal = options.principal === undefined ? params.user_id : options.principal;
  if (principal !== null && principal !== undefined) headers.Authorization = 'Bearer eyJraWQiOi.test.token';
  Object.assign(headers, options.headers);
  if (body !== null && options.base64) body = Buffer.from(body, 'utf8').toString('base64');
  const requestId = randomUUID();
  return {
    resource: operation.path,
    path,
    httpMethod: operation.method,
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: options.query ?? null,
    multiValueQueryStringParameters: options.query
      ? Object.fromEntries(Object.entries(options.query).map(([k, v]) => [k, [v]]))
      : null,
    pathParameters: Object.keys(params).length > 0 ? params : null,
    stageVariables: null,
    body,
    isBase64Encoded: options.base64 ?? false,
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      authorizer:
        principal === null || principal === undefined
          ? null
          : { claims: { sub: principal, token_use: 'id', 'cognito:username': principal } },
      protocol: 'HTTP/1.1',
      httpMethod: operation.method,
      identity: { sourceIp: '203.0.113.7', userAgent: 'vitest' } as APIGatewayProxyEvent['requestContext']['identity'],
      path: `/${STAGE}${path}`,
      stage: STAGE,
      requestId,
      requestTimeEpoch: Date.now(),
      resourceId: 'res123',
      resourcePath: operation.path,
    },
  };
}

/**
 * A Lambda context with a fresh request id and 10 s left.
 *
 * @example
 * ```ts
 * await handler(apiEvent('getHello'), lambdaContext());
 * ```
 */
export function lambdaContext(functionName = 'test-function'): Context {
  const deadline = Date.now() + 10_000;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:eu-west-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2026/01/01/[$LATEST]0123456789abcdef',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
