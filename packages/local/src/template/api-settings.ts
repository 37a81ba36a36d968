// The AWS::Serverless::Api resource's settings: CORS, authorizers, gateway responses.
import type { StackModel } from '@serverless-todo/stack';
import { TemplateError } from '../errors.ts';
import type { AuthorizerModel, CorsModel, GatewayResponseModel } from './model.ts';

/** Resolves intrinsics against the stack. */
type Resolve = StackModel['resolve'];

type Props = Record<string, unknown>;

/** SAM writes CORS values as quoted strings ("'*'"): the quotes are API Gateway syntax. */
const unquote = (value: unknown): string | null => {
  if (value === undefined || value === null) return null;
  const text = String(value);
  return text.startsWith("'") && text.endsWith("'") && text.length >= 2 ? text.slice(1, -1) : text;
};

/** Mapping expressions API Gateway accepts in a gateway response's parameters. */
const MAPPING = /^('.*'|method\.request\.(header|path|querystring)\.[\w.-]+|stageVariables\.\w+|context\.[\w.]+)$/;

/** Reads `Cors` (a string origin or an object). */
export function corsModel(resolve: Resolve, cors: unknown): CorsModel | null {
  if (cors === undefined || cors === null) return null;
  const value = resolve(cors);
  if (typeof value === 'string') {
    return {
      allowOrigin: unquote(value) ?? '*',
      allowMethods: null,
      allowHeaders: null,
      maxAge: null,
      allowCredentials: false,
    };
  }
  const c = value as Props;
  const origin = unquote(c.AllowOrigin);
  if (origin === null) throw new TemplateError('Cors.AllowOrigin is required');
  return {
    allowOrigin: origin,
    allowMethods: unquote(c.AllowMethods),
    allowHeaders: unquote(c.AllowHeaders),
    maxAge: unquote(c.MaxAge),
    allowCredentials: c.AllowCredentials === true || c.AllowCredentials === 'true',
  };
}

/** Reads `Auth.Authorizers`; only Cognito User Pool authorizers can be emulated. */
export function authorizerModels(resolve: Resolve, auth: Props | undefined): Map<string, AuthorizerModel> {
  const models = new Map<string, AuthorizerModel>();
  for (const [name, spec] of Object.entries((auth?.Authorizers ?? {}) as Record<string, Props>)) {
    if (spec.UserPoolArn === undefined) {
      throw new TemplateError(`authorizer ${name}: only Cognito User Pool authorizers are emulated locally`);
    }
    const identity = (resolve(spec.Identity) ?? {}) as Props;
    models.set(name, { name, identityHeader: typeof identity.Header === 'string' ? identity.Header : 'Authorization' });
  }
  return models;
}

/** Reads `GatewayResponses`, checking every header mapping expression. */
export function gatewayResponseModels(resolve: Resolve, responses: unknown): Record<string, GatewayResponseModel> {
  const models: Record<string, GatewayResponseModel> = {};
  const resolved = (resolve(responses ?? {}) ?? {}) as Record<string, Props>;
  for (const [type, spec] of Object.entries(resolved)) {
    const parameters = (spec.ResponseParameters ?? {}) as { Headers?: Record<string, unknown> };
    const headers: Record<string, string> = {};
    for (const [name, expression] of Object.entries(parameters.Headers ?? {})) {
      const text = String(expression);
      if (!MAPPING.test(text))
        throw new TemplateError(`GatewayResponses.${type}: invalid mapping for ${name}: ${text}`);
      headers[name] = text;
    }
    const status = spec.StatusCode === undefined ? null : Number(spec.StatusCode);
    if (status !== null && !(Number.isInteger(status) && status >= 100 && status <= 599)) {
      throw new TemplateError(`GatewayResponses.${type}: StatusCode ${String(spec.StatusCode)} is not an HTTP status`);
    }
    const templates = (spec.ResponseTemplates ?? {}) as Record<string, unknown>;
    models[type] = {
      statusCode: status,
      headers,
      templates: Object.fromEntries(Object.entries(templates).map(([ct, body]) => [ct, String(body)])),
    };
  }
  return models;
}
