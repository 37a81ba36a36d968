// The template's API Gateway WebSocket APIs (AWS::ApiGatewayV2::Api with ProtocolType
// WEBSOCKET) and their stages; the routes and the authorizer are events of the functions
// they invoke (events.ts).
import { TemplateError } from './errors.ts';
import { type IntrinsicScope, resolveIntrinsics } from './intrinsics.ts';

/** One WebSocket API. */
export interface WebSocketApiModel {
  readonly logicalId: string;
  /** e.g. `$request.body.action`; which route a message goes to when it is not `$default`. */
  readonly routeSelectionExpression: string;
  /** The StageName of its `AWS::ApiGatewayV2::Stage`; null when it has none. */
  readonly stageName: string | null;
  /** The stage's access log format, or null when it logs none. */
  readonly accessLogFormat: string | null;
}

const refOf = (value: unknown): string | null => {
  const v = value as { Ref?: unknown } | undefined;
  return typeof v?.Ref === 'string' ? v.Ref : null;
};

/**
 * The template's WebSocket APIs.
 *
 * @example
 * ```ts
 * webSocketApiModels(scope); // [{ logicalId: 'RealtimeApi', stageName: 'dev', … }]
 * ```
 */
export function webSocketApiModels(scope: IntrinsicScope): WebSocketApiModel[] {
  const resources = Object.entries(scope.template.Resources);
  return resources
    .filter(([, r]) => r.Type === 'AWS::ApiGatewayV2::Api')
    .filter(([, r]) => resolveIntrinsics(scope, r.Properties?.ProtocolType) === 'WEBSOCKET')
    .map(([id, r]) => {
      const stages = resources.filter(
        ([, s]) => s.Type === 'AWS::ApiGatewayV2::Stage' && refOf(s.Properties?.ApiId) === id,
      );
      if (stages.length > 1)
        throw new TemplateError(`WebSocket API ${id}: the stack model reads one stage, it has ${stages.length}`);
      const stage = (resolveIntrinsics(scope, stages[0]?.[1].Properties ?? {}) ?? {}) as Record<string, unknown>;
      const logs = stage.AccessLogSettings as { Format?: unknown } | undefined;
      return {
        logicalId: id,
        routeSelectionExpression: String(resolveIntrinsics(scope, r.Properties?.RouteSelectionExpression) ?? ''),
        stageName: stages.length === 0 ? null : String(stage.StageName),
        accessLogFormat: typeof logs?.Format === 'string' ? logs.Format : null,
      };
    });
}
