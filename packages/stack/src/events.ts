// A function's event sources as the stack model sees them: SAM's `Events` (Api, S3,
// DynamoDB, Schedule, ScheduleV2) plus WebSocket routes, which API Gateway v2 declares as
// Route resources whose integration targets the function.
import { TemplateError } from './errors.ts';
import { type IntrinsicScope, physicalName, resolveIntrinsics } from './intrinsics.ts';

type Props = Readonly<Record<string, unknown>>;

/** `Type: Api`: one REST method and resource path. */
export interface ApiEvent {
  readonly type: 'Api';
  readonly name: string;
  /** Upper case, or `ANY`. */
  readonly method: string;
  readonly path: string;
  /** The AWS::Serverless::Api it belongs to; null for SAM's implicit API. */
  readonly restApiId: string | null;
  /** The event's own `Auth.Authorizer`, if it names one (`NONE` for a public route). */
  readonly authorizer: string | null;
}

/** `Type: S3`: object notifications from a bucket of the template. */
export interface S3Event {
  readonly type: 'S3';
  readonly name: string;
  /** The bucket's logical id. */
  readonly bucket: string;
  /** e.g. `s3:ObjectCreated:*`. */
  readonly events: readonly string[];
  /** Key filter rules, name (`prefix`/`suffix`) → value. */
  readonly filter: Readonly<Record<string, string>>;
}

/** `Type: DynamoDB`: a stream event source mapping. */
export interface StreamEvent {
  readonly type: 'DynamoDB';
  readonly name: string;
  /** The table whose stream it reads (logical id). */
  readonly table: string;
  readonly startingPosition: string;
  readonly batchSize: number;
  readonly maximumBatchingWindowInSeconds: number;
  readonly maximumRetryAttempts: number;
  readonly bisectBatchOnFunctionError: boolean;
  readonly reportBatchItemFailures: boolean;
  /** Batches of one shard processed at once (1–10); the records of one item stay in order. */
  readonly parallelizationFactor: number;
  /** Filter patterns, each as written (JSON text). */
  readonly filters: readonly string[];
  /** The on-failure destination's logical id, if any. */
  readonly onFailure: string | null;
}

/** `Type: Schedule` or `ScheduleV2`: a rate() or cron() expression. */
export interface ScheduleEvent {
  readonly type: 'Schedule';
  readonly name: string;
  readonly expression: string;
  readonly enabled: boolean;
  /** The target's `Input` as JSON text, or null: the invocation then gets EventBridge's Scheduled Event. */
  readonly input: string | null;
}

/** A WebSocket route (`$connect`, `$disconnect`, `$default`, …) integrated with the function. */
export interface WebSocketEvent {
  readonly type: 'WebSocket';
  readonly name: string;
  readonly apiId: string;
  readonly routeKey: string;
  /** The logical id of the route's `AuthorizerId` (`AuthorizationType: CUSTOM`), or null. */
  readonly authorizer: string | null;
  /**
   * True when the route sends the integration's answer back to the client (it has a
   * `RouteResponseSelectionExpression`, and a RouteResponse exists for it).
   */
  readonly twoWay: boolean;
}

/** An `AWS::ApiGatewayV2::Authorizer` of type REQUEST whose URI invokes the function. */
export interface WebSocketAuthorizerEvent {
  readonly type: 'WebSocketAuthorizer';
  /** The authorizer's logical id (what a route's `AuthorizerId` refers to). */
  readonly name: string;
  readonly apiId: string;
  /** e.g. `route.request.querystring.token`: a request without all of them is refused with 401 unasked. */
  readonly identitySource: readonly string[];
}

/** Any event source of a function. */
export type FunctionEvent =
  | ApiEvent
  | S3Event
  | StreamEvent
  | ScheduleEvent
  | WebSocketEvent
  | WebSocketAuthorizerEvent;

const refOf = (value: unknown): string | null => {
  const v = value as { Ref?: unknown; 'Fn::GetAtt'?: unknown } | undefined;
  if (typeof v?.Ref === 'string') return v.Ref;
  if (Array.isArray(v?.['Fn::GetAtt'])) return String(v['Fn::GetAtt'][0]);
  return null;
};

function s3Event(scope: IntrinsicScope, name: string, props: Props): S3Event {
  const bucket = refOf(props.Bucket);
  if (bucket === null) throw new TemplateError(`S3 event ${name}: Bucket must be a !Ref to a bucket of the template`);
  const events = resolveIntrinsics(scope, props.Events);
  const rules = ((resolveIntrinsics(scope, props.Filter) as { S3Key?: { Rules?: Props[] } } | undefined)?.S3Key
    ?.Rules ?? []) as { Name: string; Value: string }[];
  return {
    type: 'S3',
    name,
    bucket,
    events: (Array.isArray(events) ? events : [events]).map(String),
    filter: Object.fromEntries(rules.map((rule) => [String(rule.Name).toLowerCase(), String(rule.Value)])),
  };
}

function streamEvent(scope: IntrinsicScope, name: string, props: Props): StreamEvent {
  const table = refOf(props.Stream);
  if (table === null) throw new TemplateError(`DynamoDB event ${name}: Stream must be !GetAtt <Table>.StreamArn`);
  const resolved = resolveIntrinsics(scope, { ...props, Stream: undefined }) as Props;
  const number = (key: string, fallback: number) => (resolved[key] === undefined ? fallback : Number(resolved[key]));
  const filters = ((resolved.FilterCriteria as { Filters?: { Pattern: unknown }[] } | undefined)?.Filters ?? []).map(
    (f) => (typeof f.Pattern === 'string' ? f.Pattern : JSON.stringify(f.Pattern)),
  );
  const destination = (props.DestinationConfig as { OnFailure?: { Destination?: unknown } } | undefined)?.OnFailure;
  const parallelizationFactor = number('ParallelizationFactor', 1);
  if (!Number.isInteger(parallelizationFactor) || parallelizationFactor < 1 || parallelizationFactor > 10)
    throw new TemplateError(
      `DynamoDB event ${name}: ParallelizationFactor must be a whole number from 1 to 10 (Lambda's range), not ${String(resolved.ParallelizationFactor)}`,
    );
  return {
    type: 'DynamoDB',
    name,
    table,
    startingPosition: String(resolved.StartingPosition ?? 'LATEST'),
    // Lambda's own defaults for a DynamoDB stream mapping.
    batchSize: number('BatchSize', 100),
    maximumBatchingWindowInSeconds: number('MaximumBatchingWindowInSeconds', 0),
    maximumRetryAttempts: number('MaximumRetryAttempts', -1),
    bisectBatchOnFunctionError: resolved.BisectBatchOnFunctionError === true,
    reportBatchItemFailures: ((resolved.FunctionResponseTypes ?? []) as unknown[]).includes('ReportBatchItemFailures'),
    parallelizationFactor,
    filters,
    onFailure: refOf(destination?.Destination),
  };
}

/**
 * Reads one entry of a function's `Events`.
 *
 * @example
 * ```ts
 * functionEvent(scope, 'GetTask', { Type: 'Api', Properties: { Path: '/users/{user_id}/tasks/{task_id}', Method: 'get' } });
 * // { type: 'Api', method: 'GET', path: '/users/{user_id}/tasks/{task_id}', … }
 * ```
 */
export function functionEvent(scope: IntrinsicScope, name: string, event: Props): FunctionEvent {
  const props = (event.Properties ?? {}) as Props;
  switch (event.Type) {
    case 'Api': {
      const auth = resolveIntrinsics(scope, props.Auth) as { Authorizer?: unknown } | undefined;
      return {
        type: 'Api',
        name,
        method: String(resolveIntrinsics(scope, props.Method)).toUpperCase(),
        path: String(resolveIntrinsics(scope, props.Path)),
        restApiId: refOf(props.RestApiId),
        authorizer: auth?.Authorizer === undefined ? null : String(auth.Authorizer),
      };
    }
    case 'S3':
      return s3Event(scope, name, props);
    case 'DynamoDB':
      return streamEvent(scope, name, props);
    case 'Schedule':
    case 'ScheduleV2': {
      const expression = String(resolveIntrinsics(scope, props.Schedule ?? props.ScheduleExpression));
      const state = resolveIntrinsics(scope, props.State);
      const enabled = props.Enabled === undefined ? state === undefined || state === 'ENABLED' : props.Enabled === true;
      const input = resolveIntrinsics(scope, props.Input);
      return {
        type: 'Schedule',
        name,
        expression,
        enabled,
        input: input === undefined ? null : typeof input === 'string' ? input : JSON.stringify(input),
      };
    }
    default:
      throw new TemplateError(`event ${name}: type ${String(event.Type)} is not modelled`);
  }
}

/**
 * The WebSocket routes of the template, by the logical id of the function each integrates.
 *
 * @example
 * ```ts
 * webSocketRoutes(scope).get('ConnectFunction'); // [{ type: 'WebSocket', routeKey: '$connect', … }]
 * ```
 */
export function webSocketRoutes(scope: IntrinsicScope): Map<string, WebSocketEvent[]> {
  const resources = scope.template.Resources;
  const byFunction = new Map<string, WebSocketEvent[]>();
  const responded = new Set(
    Object.values(resources)
      .filter((r) => r.Type === 'AWS::ApiGatewayV2::RouteResponse')
      .map((r) => refOf(r.Properties?.RouteId)),
  );
  for (const [id, resource] of Object.entries(resources)) {
    if (resource.Type !== 'AWS::ApiGatewayV2::Route') continue;
    const props = resource.Properties ?? {};
    // Target is `integrations/<id>`; the integration's URI embeds the function's ARN.
    const target = String(resolveIntrinsics(scope, props.Target) ?? '');
    const integrationId = /^integrations\/(.+)$/.exec(target)?.[1];
    const integration = integrationId === undefined ? undefined : resources[integrationId];
    const fn = functionInvokedBy(scope, integration?.Properties?.IntegrationUri);
    if (!fn) throw new TemplateError(`WebSocket route ${id}: its integration targets no function of the template`);
    const authorizationType = String(resolveIntrinsics(scope, props.AuthorizationType) ?? 'NONE');
    const authorizer = authorizationType === 'CUSTOM' ? refOf(props.AuthorizerId) : null;
    if (authorizationType === 'CUSTOM' && resources[authorizer ?? '']?.Type !== 'AWS::ApiGatewayV2::Authorizer') {
      throw new TemplateError(`WebSocket route ${id}: AuthorizationType CUSTOM needs AuthorizerId: !Ref <Authorizer>`);
    }
    const route: WebSocketEvent = {
      type: 'WebSocket',
      name: id,
      apiId: refOf(props.ApiId) ?? '',
      routeKey: String(resolveIntrinsics(scope, props.RouteKey)),
      authorizer,
      twoWay: props.RouteResponseSelectionExpression !== undefined && responded.has(id),
    };
    byFunction.set(fn, [...(byFunction.get(fn) ?? []), route]);
  }
  return byFunction;
}

/** The function of the template whose ARN an API Gateway integration or authorizer URI embeds. */
function functionInvokedBy(scope: IntrinsicScope, rawUri: unknown): string | undefined {
  const resources = scope.template.Resources;
  const uri = String(resolveIntrinsics(scope, rawUri) ?? '');
  return Object.keys(resources).find(
    (name) =>
      resources[name]?.Type === 'AWS::Serverless::Function' && uri.includes(`:function:${physicalName(scope, name)}/`),
  );
}

/**
 * The REQUEST authorizers of the template's WebSocket APIs, by the function each invokes.
 *
 * @example
 * ```ts
 * webSocketAuthorizers(scope).get('AuthorizerFn'); // [{ type: 'WebSocketAuthorizer', identitySource: ['route.request.querystring.token'], … }]
 * ```
 */
export function webSocketAuthorizers(scope: IntrinsicScope): Map<string, WebSocketAuthorizerEvent[]> {
  const byFunction = new Map<string, WebSocketAuthorizerEvent[]>();
  for (const [id, resource] of Object.entries(scope.template.Resources)) {
    if (resource.Type !== 'AWS::ApiGatewayV2::Authorizer') continue;
    const props = resource.Properties ?? {};
    const type = String(resolveIntrinsics(scope, props.AuthorizerType));
    if (type !== 'REQUEST')
      throw new TemplateError(`authorizer ${id}: only REQUEST authorizers are modelled, not ${type}`);
    const fn = functionInvokedBy(scope, props.AuthorizerUri);
    if (!fn) throw new TemplateError(`authorizer ${id}: its AuthorizerUri invokes no function of the template`);
    const sources = resolveIntrinsics(scope, props.IdentitySource ?? []);
    const event: WebSocketAuthorizerEvent = {
      type: 'WebSocketAuthorizer',
      name: id,
      apiId: refOf(props.ApiId) ?? '',
      identitySource: (Array.isArray(sources) ? sources : [sources]).map(String),
    };
    byFunction.set(fn, [...(byFunction.get(fn) ?? []), event]);
  }
  return byFunction;
}
