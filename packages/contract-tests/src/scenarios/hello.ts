// GET /hello: public, and its request_id is the X-Request-Id the logs carry.
import type { HelloResponse } from '@serverless-todo/contract';
import { ApiClient } from '../http/api-client.ts';
import { expectEqual, expectStatus } from '../http/expect.ts';
import type { Target } from '../target.ts';
import { freshUserId } from '../users.ts';

/**
 * Hello without and with a token.
 *
 * @example
 * ```ts
 * await hello(mockTarget());
 * ```
 */
export async function hello(target: Target): Promise<void> {
  const api = new ApiClient(target);
  for (const as of [null, target.fixedUsers?.[0] ?? freshUserId()]) {
    const res = await api.send({ operationId: 'getHello', as });
    expectStatus(res, 200);
    expectEqual(
      res,
      'request_id = X-Request-Id',
      (res.body as HelloResponse).request_id,
      res.headers.get('x-request-id'),
    );
  }
}
