// OPTIONS on every API path: the CORS preflight, answered from the allow-list (see
// http/preflight.ts). Public and database-free, so its bundle stays tiny.
import { operations } from '@serverless-todo/contract';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { loadEnv } from '../env.ts';
import { preflightHeaders } from '../http/preflight.ts';

const env = loadEnv('PreflightFunction');
const settings = {
  allowOrigins: env.CORS_ALLOW_ORIGINS,
  allowHeaders: env.CORS_ALLOW_HEADERS,
  maxAge: env.CORS_MAX_AGE,
};

/** The methods of openapi.yaml by path template, e.g. `/users/{user_id}/tasks` → GET, POST. */
const methodsByPath = new Map<string, string[]>();
for (const op of Object.values(operations))
  methodsByPath.set(op.path, [...(methodsByPath.get(op.path) ?? []), op.method]);

/**
 * The PreflightFunction: answers 204 with the CORS headers the request's Origin may have.
 *
 * @example
 * ```ts
 * const result = await handler(event); // { statusCode: 204, headers: { 'Access-Control-Allow-Origin': … } }
 * ```
 */
export async function handler(event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> {
  const origin = Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === 'origin')?.[1];
  const methods = methodsByPath.get(event.resource) ?? [];
  return { statusCode: 204, headers: preflightHeaders(settings, origin, methods), body: '' };
}
