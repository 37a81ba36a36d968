// GET /hello: a public liveness check. Imports no AWS SDK, so its bundle stays tiny.

import { getHello as operation } from '@serverless-todo/contract/requests/getHello';
import { loadEnv } from '../env.ts';
import { defineHandler } from '../http/define-handler.ts';

const env = loadEnv('GetHelloFunction');

/**
 * The getHello function: API Gateway REST proxy event in, proxy result out.
 *
 * @example
 * ```ts
 * const result = await handler(event, context); // { statusCode, headers, body }
 * ```
 */
export const handler = defineHandler(operation, env, async ({ requestId }) => ({
  status: 200,
  body: { message: 'Hello from Lambda!', request_id: requestId },
}));
