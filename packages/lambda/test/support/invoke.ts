// Calls a handler the way Lambda would and checks the answer against openapi.yaml, so no
// test can look at a response that the contract does not allow.

import type { OperationId } from '@serverless-todo/contract';
import { assertConforms } from '@serverless-todo/contract/responses';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { apiEvent, type EventOptions, lambdaContext } from './events.ts';

/** A handler's answer with its body parsed. */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read fields of documented bodies freely.
  readonly body: any;
}

/** A Lambda handler as the bundles and the sources export it. */
export type Handler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

/**
 * Parses a proxy result and asserts that it conforms to the operation's responses.
 *
 * @example
 * ```ts
 * const answer = conforming('getHello', await handler(event, context));
 * ```
 */
export function conforming(operationId: OperationId, result: APIGatewayProxyResult, label = ''): Answer {
  const headers = Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k, String(v)]));
  const body = result.body === '' || result.body === undefined ? undefined : JSON.parse(result.body);
  assertConforms(operationId, { status: result.statusCode, headers, body }, label);
  return { status: result.statusCode, headers, body };
}

/**
 * Invokes `handler` with a v1 event for `operationId` and returns the conforming answer.
 *
 * @example
 * ```ts
 * const { status, body } = await invoke(handlers.getTask, 'getTask', { pathParameters: { user_id, task_id } });
 * ```
 */
export async function invoke(handler: Handler, operationId: OperationId, options: EventOptions = {}): Promise<Answer> {
  const event = apiEvent(operationId, options);
  const result = await handler(event, lambdaContext());
  return conforming(operationId, result, `${event.httpMethod} ${event.path}`);
}
