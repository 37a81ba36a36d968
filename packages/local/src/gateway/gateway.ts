// The API Gateway emulation: size limit → CORS preflight → route → Cognito authorizer →
// function → proxy result, each failure rendered as the template's gateway response.
import { randomUUID } from 'node:crypto';
import type { SigningKey } from '../auth/signing-key.ts';
import { TokenCache } from '../auth/token-cache.ts';
import { type AuthorizerClaims, verifyTokenDetailed } from '../auth/tokens.ts';
import type { LogSink } from '../server/access-log.ts';
import type { ApiModel } from '../template/model.ts';
import { preflightResponse } from './cors.ts';
import type { FunctionRuntime, InvokeOutcome } from './function-runtime.ts';
import { type GatewayError, renderGatewayError } from './gateway-responses.ts';
import { type IncomingRequest, proxyEvent } from './proxy-event.ts';
import { fromProxyResult, type HttpResponse } from './proxy-result.ts';
import { routeMatcher } from './routes.ts';

/** What the gateway needs: the model, the key that signs tokens, one runtime per function. */
export interface GatewayDeps {
  readonly model: ApiModel;
  readonly key: SigningKey;
  readonly runtimes: ReadonlyMap<string, FunctionRuntime>;
  readonly log: LogSink;
}

/** A request as the gateway sees it; `body` undefined means it was over the payload limit. */
export type GatewayRequest = Omit<IncomingRequest, 'body'> & { readonly body: Buffer | null | undefined };

/** The response, and the function that produced it (for the access log). */
export interface GatewayAnswer {
  readonly response: HttpResponse;
  readonly functionId?: string;
}

const headerOf = (raw: readonly string[], name: string) => {
  let value: string | undefined;
  for (let i = 0; i + 1 < raw.length; i += 2) if (raw[i]?.toLowerCase() === name.toLowerCase()) value = raw[i + 1];
  return value;
};

/**
 * Builds the gateway's dispatch function.
 *
 * @example
 * ```ts
 * const dispatch = createGateway({ model, key, runtimes, log });
 * const { response } = await dispatch(request);
 * ```
 */
export function createGateway(deps: GatewayDeps): (request: GatewayRequest) => Promise<GatewayAnswer> {
  const { model } = deps;
  const match = routeMatcher(model.routes);
  const verified = new TokenCache();
  const authorize = async (token: string): Promise<AuthorizerClaims | null> => {
    const cached = verified.get(token);
    if (cached) return cached;
    const result = await verifyTokenDetailed(deps.key, token);
    if (result) verified.set(token, result.claims, result.expiresAt);
    return result?.claims ?? null;
  };
  return async (request) => {
    let resourcePath = '';
    let pathParameters: Record<string, string> = {};
    const fail = (type: GatewayError): GatewayAnswer => ({
      response: renderGatewayError(model.gatewayResponses, type, {
        requestId: request.requestId,
        httpMethod: request.method,
        path: request.path,
        resourcePath,
        stage: model.stageName,
        sourceIp: request.sourceIp,
        requestTimeEpoch: request.startedAt,
        header: (name) => headerOf(request.rawHeaders, name),
        query: new URLSearchParams(request.query),
        pathParameters,
      }),
    });
    if (request.body === undefined) return fail('REQUEST_TOO_LARGE');
    if (request.method === 'OPTIONS' && model.cors) {
      const methods = match.methodsAt(request.path);
      if (methods.length > 0) return { response: preflightResponse(model.cors, methods) };
    }
    const matched = match(request.method, request.path);
    if (!matched) return fail('MISSING_AUTHENTICATION_TOKEN');
    const { route } = matched;
    resourcePath = route.resource;
    pathParameters = matched.pathParameters ?? {};
    let claims: AuthorizerClaims | null = null;
    if (route.authorizer !== null) {
      const authorizer = model.authorizers.get(route.authorizer);
      const raw = headerOf(request.rawHeaders, authorizer?.identityHeader ?? 'Authorization');
      // Cognito authorizers take the bare token; `Bearer <token>` is accepted as well.
      const token = raw?.replace(/^Bearer\s+/i, '').trim();
      claims = token ? await authorize(token) : null;
      if (!claims) return fail('UNAUTHORIZED');
    }
    const runtime = deps.runtimes.get(route.functionId);
    if (!runtime) throw new Error(`no runtime for ${route.functionId}`);
    const event = proxyEvent(
      { ...request, body: request.body },
      {
        route,
        pathParameters: matched.pathParameters,
        claims,
        stage: model.stageName,
        binaryMediaTypes: model.binaryMediaTypes,
      },
    );
    const outcome: InvokeOutcome = await runtime.invoke(event, randomUUID());
    const functionId = route.functionId;
    if (outcome.kind === 'timeout') {
      const seconds = model.functions.get(functionId)?.timeoutSeconds ?? 0;
      deps.log(`${functionId} ${request.requestId} Task timed out after ${seconds.toFixed(2)} seconds`);
      return { ...fail('INTEGRATION_TIMEOUT'), functionId };
    }
    if (outcome.kind === 'error') {
      deps.log(`${functionId} ${request.requestId} ERROR Invoke Error ${JSON.stringify(outcome.error)}`);
      return { ...fail('LAMBDA_ERROR'), functionId };
    }
    const result = fromProxyResult(outcome.value);
    if (!result.ok) {
      deps.log(`${functionId} ${request.requestId} Malformed Lambda proxy response: ${result.reason}`);
      return { ...fail('MALFORMED_RESPONSE'), functionId };
    }
    return { response: result.response, functionId };
  };
}
