// The pipeline every function runs: validate → authorize → work → respond, with one error
// mapping, one log line and one set of metrics per request. Handlers supply only the work.

import {
  checkRequest,
  type OperationId,
  problem,
  type RequestSpec,
  type ValidRequest,
} from '@serverless-todo/contract';
import { authorize, problemForFailure } from '@serverless-todo/contract/http';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { logger } from '../observability/logger.ts';
import { recordRequest } from '../observability/metrics.ts';
import { corsPolicy } from './cors.ts';
import { headerOf, principalOf, rawRequest, requestPath } from './event.ts';
import { failureKind } from './failure-kind.ts';
import { jsonResponse, problemResponse, type ResponseBase } from './respond.ts';

/** What the work of a handler receives. */
export interface Invocation<Op extends OperationId> {
  readonly request: ValidRequest<Op>;
  /** The authenticated user, equal to the path's user_id; '' on public operations. */
  readonly principal: string;
  /** The requested path, the base of `Location`. */
  readonly path: string;
  readonly requestId: string;
  readonly context: Context;
}

/** A successful answer: status, JSON body (none for 204) and extra headers. */
export interface Outcome {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** An API Gateway REST proxy handler. */
export type ProxyHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

/** Function settings the pipeline needs. */
export interface HandlerSettings {
  readonly CORS_ALLOW_ORIGINS: string | undefined;
}

/**
 * Builds the Lambda handler of an operation around its work.
 *
 * @example
 * ```ts
 * import { getTask as operation } from '@serverless-todo/contract/requests/getTask';
 * export const handler = defineHandler(operation, env, async ({ request, principal }) => {
 *   const task = await getTask(table, principal, request.path.task_id);
 *   return { status: 200, body: task, headers: { ETag: etagOf(task.version) } };
 * });
 * ```
 */
export function defineHandler<Op extends OperationId>(
  operation: RequestSpec<Op>,
  settings: HandlerSettings,
  work: (invocation: Invocation<Op>) => Promise<Outcome>,
): ProxyHandler {
  const cors = corsPolicy(settings.CORS_ALLOW_ORIGINS);
  const { operationId, auth: needsAuth } = operation;
  return async (event, context) => {
    const started = performance.now();
    logger.addContext(context);
    const base: ResponseBase = { requestId: context.awsRequestId, cors: cors(headerOf(event, 'origin')) };
    let response: APIGatewayProxyResult;
    try {
      const validated = checkRequest(operation, rawRequest(event));
      if (!validated.ok) {
        response = problemResponse(base, validated.problem);
      } else {
        const access = authorize(needsAuth, principalOf(event), validated.value.path);
        if (typeof access === 'number') {
          response = problemResponse(base, problem(access));
        } else {
          const outcome = await work({
            request: validated.value,
            principal: access.principal,
            path: requestPath(event),
            requestId: base.requestId,
            context,
          });
          response = jsonResponse(base, outcome.status, outcome.body, outcome.headers);
        }
      }
    } catch (error) {
      response = failure(base, operationId, error);
    }
    const latencyMs = Math.round((performance.now() - started) * 100) / 100;
    logger.info('request', {
      operationId,
      resource: event.resource,
      method: event.httpMethod,
      status: response.statusCode,
      latency_ms: latencyMs,
    });
    recordRequest({ operationId, status: response.statusCode, latencyMs, functionName: context.functionName });
    return response;
  };
}

function failure(base: ResponseBase, operationId: OperationId, error: unknown): APIGatewayProxyResult {
  const kind = failureKind(error);
  if (kind === 'internal') logger.error('request failed', { operationId, error });
  else if (kind === 'throttled') logger.warn('DynamoDB throttled after retries', { operationId, error });
  const answer = problemForFailure(kind);
  return problemResponse(base, answer.problem, answer.headers);
}
