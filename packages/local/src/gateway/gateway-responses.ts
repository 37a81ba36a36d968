// Gateway-level errors rendered from the template's GatewayResponses, as API Gateway does:
// the specific type, else DEFAULT_4XX/DEFAULT_5XX, else API Gateway's built-in JSON message.
import type { GatewayResponseModel } from '../template/model.ts';
import type { HttpResponse } from './proxy-result.ts';

/** The gateway errors the local API can produce, with API Gateway's defaults. */
export const GATEWAY_ERRORS = {
  MISSING_AUTHENTICATION_TOKEN: { status: 403, message: 'Missing Authentication Token' },
  UNAUTHORIZED: { status: 401, message: 'Unauthorized' },
  REQUEST_TOO_LARGE: { status: 413, message: 'Request Too Long' },
  INTEGRATION_TIMEOUT: { status: 504, message: 'Endpoint request timed out' },
  // A function error or malformed result has no type of its own: DEFAULT_5XX applies.
  LAMBDA_ERROR: { status: 502, message: 'Internal server error' },
  MALFORMED_RESPONSE: { status: 502, message: 'Malformed Lambda proxy response' },
} as const;

/** A gateway error kind. */
export type GatewayError = keyof typeof GATEWAY_ERRORS;

/** The request facts a gateway response may map into headers and body. */
export interface GatewayErrorContext {
  readonly requestId: string;
  readonly httpMethod: string;
  readonly path: string;
  readonly resourcePath: string;
  readonly stage: string;
  readonly sourceIp: string;
  readonly requestTimeEpoch: number;
  /** Request header lookup, case-insensitive. */
  readonly header: (name: string) => string | undefined;
  readonly query: URLSearchParams;
  readonly pathParameters: Readonly<Record<string, string>>;
}

function contextVariables(type: GatewayError, ctx: GatewayErrorContext): Record<string, string> {
  const message = GATEWAY_ERRORS[type].message;
  return {
    requestId: ctx.requestId,
    extendedRequestId: ctx.requestId,
    httpMethod: ctx.httpMethod,
    path: ctx.path,
    resourcePath: ctx.resourcePath,
    stage: ctx.stage,
    requestTimeEpoch: String(ctx.requestTimeEpoch),
    'identity.sourceIp': ctx.sourceIp,
    'error.message': message,
    'error.messageString': JSON.stringify(message),
    'error.responseType': type.startsWith('LAMBDA') || type.startsWith('MALFORMED') ? 'DEFAULT_5XX' : type,
  };
}

function mapExpression(expression: string, vars: Record<string, string>, ctx: GatewayErrorContext): string | undefined {
  if (expression.startsWith("'")) return expression.slice(1, -1);
  const [, where, name] = /^method\.request\.(header|path|querystring)\.(.+)$/.exec(expression) ?? [];
  if (where === 'header') return ctx.header(name as string);
  if (where === 'path') return ctx.pathParameters[name as string];
  if (where === 'querystring') return ctx.query.get(name as string) ?? undefined;
  if (expression.startsWith('context.')) return vars[expression.slice('context.'.length)];
  return undefined; // stageVariables: the local stage has none
}

/**
 * Renders a gateway error from the template's GatewayResponses.
 *
 * @example
 * ```ts
 * renderGatewayError(model.gatewayResponses, 'UNAUTHORIZED', ctx).status; // 401
 * ```
 */
export function renderGatewayError(
  responses: Readonly<Record<string, GatewayResponseModel>>,
  type: GatewayError,
  ctx: GatewayErrorContext,
): HttpResponse {
  const builtin = GATEWAY_ERRORS[type];
  const family = builtin.status >= 500 ? 'DEFAULT_5XX' : 'DEFAULT_4XX';
  const spec = responses[type] ?? responses[family];
  const vars = contextVariables(type, ctx);
  const [contentType, template] = Object.entries(spec?.templates ?? {}).sort(([a]) =>
    a === 'application/json' ? -1 : 1,
  )[0] ?? ['application/json', '{"message":$context.error.messageString}'];
  const body = template.replace(
    /\$!?\{?context\.([\w.]+?)\}?(?=[^\w.]|$)/g,
    (whole, name: string) => vars[name] ?? whole,
  );
  const headers: [string, string][] = [['Content-Type', contentType]];
  for (const [name, expression] of Object.entries(spec?.headers ?? {})) {
    const value = mapExpression(expression, vars, ctx);
    if (value === undefined) continue;
    const at = headers.findIndex(([n]) => n.toLowerCase() === name.toLowerCase());
    if (at >= 0) headers.splice(at, 1);
    headers.push([name, value]);
  }
  return { status: spec?.statusCode ?? builtin.status, headers, body: Buffer.from(body, 'utf8') };
}
