// API Gateway REST (v1) proxy events as the gateway sends them after its Cognito authorizer
// ran, for calling handlers directly. Built per call, like the gateway does per request.
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';

/** What varies between requests. */
export interface EventInput {
  readonly method: string;
  /** The route template, e.g. `/users/{user_id}/tasks/{task_id}`. */
  readonly resource: string;
  readonly pathParameters: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
  /** Sent as JSON when given. */
  readonly body?: unknown;
  /** The token's `sub`. */
  readonly principal: string;
}

/**
 * The proxy event of one request.
 *
 * @example
 * ```ts
 * apiEvent({ method: 'GET', resource: '/users/{user_id}/tasks', pathParameters: { user_id: 'u1' }, principal: 'u1' });
 * ```
 */
export function apiEvent(input: EventInput): APIGatewayProxyEvent {
  const path = input.resource.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(input.pathParameters[name] ?? ''),
  );
  const headers: Record<string, string> = {
    Host: '127.0.0.1',
    Accept: 'application/json',
    Authorization: 'Bearer header.payload.signature',
    'User-Agent': 'bench',
    'X-Forwarded-For': '127.0.0.1',
    'X-Forwarded-Port': '443',
    'X-Forwarded-Proto': 'https',
  };
  const body = input.body === undefined ? null : JSON.stringify(input.body);
  if (body !== null) headers['Content-Type'] = 'application/json';
  const requestId = randomUUID();
  const now = Date.now();
  const multi = (map: Readonly<Record<string, string>>) =>
    Object.fromEntries(Object.entries(map).map(([k, v]) => [k, [v]]));
  return {
    resource: input.resource,
    path,
    httpMethod: input.method,
    headers,
    multiValueHeaders: multi(headers),
    queryStringParameters: input.query ? { ...input.query } : null,
    multiValueQueryStringParameters: input.query ? multi(input.query) : null,
    pathParameters: { ...input.pathParameters },
    stageVariables: null,
    body,
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'bench',
      authorizer: { claims: { sub: input.principal, token_use: 'id' } },
      httpMethod: input.method,
      identity: { sourceIp: '127.0.0.1', userAgent: 'bench' } as APIGatewayProxyEvent['requestContext']['identity'],
      path,
      protocol: 'HTTP/1.1',
      requestId,
      requestTimeEpoch: now,
      resourceId: 'bench',
      resourcePath: input.resource,
      stage: 'bench',
    },
  };
}

/**
 * A Lambda context with a fresh request id and 10 s left.
 *
 * @example
 * ```ts
 * await handler(apiEvent(input), lambdaContext());
 * ```
 */
export function lambdaContext(): Context {
  const deadline = Date.now() + 10_000;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'bench-function',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:bench-function',
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: '/aws/lambda/bench-function',
    logStreamName: 'bench',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
