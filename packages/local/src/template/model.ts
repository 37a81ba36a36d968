// What the local API needs to know about the stack, distilled from template.yaml.
import type { FunctionKind, ScheduleEvent, StreamEvent } from '@serverless-todo/stack';
import type { BucketSpec } from '../s3/embedded-s3.ts';
import type { S3Subscription } from '../s3/subscriptions.ts';

/** One Lambda function, with its settings already merged with Globals. */
export interface FunctionModel {
  /** Logical id in the template; also the local function name. */
  readonly logicalId: string;
  /** What invokes it (http functions answer API routes). */
  readonly kind: FunctionKind;
  /** Absolute path of the function's code (CodeUri under the code root). */
  readonly codeDir: string;
  /** The handler's module path inside codeDir, without extension (`index` for `index.handler`). */
  readonly handlerModule: string;
  /** Name of the exported handler function (`handler` for `index.handler`). */
  readonly exportName: string;
  readonly memoryMB: number;
  readonly timeoutSeconds: number;
  /** Environment.Variables with intrinsics resolved; Globals first, the function's own on top. */
  readonly environment: Readonly<Record<string, string>>;
}

/** One `Type: Api` event: a method and resource path served by a function. */
export interface RouteModel {
  /** Upper-case method, or `ANY`. */
  readonly method: string;
  /** The resource path as written, e.g. `/users/{user_id}/tasks`. */
  readonly resource: string;
  readonly functionId: string;
  /** The authorizer that guards it, or null for a public route. */
  readonly authorizer: string | null;
}

/** A Cognito User Pool authorizer (the only kind the local API emulates). */
export interface AuthorizerModel {
  readonly name: string;
  /** The request header that carries the token. */
  readonly identityHeader: string;
}

/** The Api's `Cors` settings with their single quotes removed. */
export interface CorsModel {
  readonly allowOrigin: string;
  readonly allowMethods: string | null;
  readonly allowHeaders: string | null;
  readonly maxAge: string | null;
  readonly allowCredentials: boolean;
}

/** One entry of the Api's `GatewayResponses`. */
export interface GatewayResponseModel {
  readonly statusCode: number | null;
  /** Header name → mapping expression (`'literal'`, `method.request.header.X`, `context.requestId`…). */
  readonly headers: Readonly<Record<string, string>>;
  /** Content type → body template. */
  readonly templates: Readonly<Record<string, string>>;
}

/** A DynamoDB table, as the CreateTable input that makes it locally. */
export interface TableModel {
  readonly logicalId: string;
  readonly createTableInput: Readonly<Record<string, unknown>>;
  /** `StreamSpecification.StreamViewType`, or null when the table has no stream. */
  readonly streamViewType: string | null;
  /** The stream's ARN as the stack resolves `!GetAtt <Table>.StreamArn`. */
  readonly streamArn: string;
}

/** One `Type: DynamoDB` event: a function reading a table's stream. */
export interface StreamMappingModel {
  readonly functionId: string;
  /** The table's name (TableName as created locally). */
  readonly tableName: string;
  readonly event: StreamEvent;
}

/** One route of the WebSocket API. */
export interface WebSocketRouteModel {
  /** `$connect`, `$disconnect`, `$default` or a custom key. */
  readonly routeKey: string;
  readonly functionId: string;
  /** The REQUEST authorizer of the route ($connect only, in API Gateway), or null. */
  readonly authorizer: WebSocketAuthorizerModel | null;
  /** Whether the function's answer goes back to the client (a route response). */
  readonly twoWay: boolean;
}

/** A REQUEST authorizer of the WebSocket API. */
export interface WebSocketAuthorizerModel {
  readonly name: string;
  readonly functionId: string;
  /** e.g. `route.request.querystring.token`; a request missing one is refused with 401 unasked. */
  readonly identitySource: readonly string[];
}

/** The template's WebSocket API (the local API serves at most one). */
export interface WebSocketModel {
  readonly apiId: string;
  readonly stageName: string;
  /** e.g. `$request.body.type`. */
  readonly routeSelectionExpression: string;
  readonly routes: ReadonlyMap<string, WebSocketRouteModel>;
}

/** One `Type: Schedule` or `ScheduleV2` event of a function. */
export interface ScheduleModel {
  readonly functionId: string;
  readonly event: ScheduleEvent;
}

/** Everything the gateway emulation reads from the template. */
export interface ApiModel {
  readonly stageName: string;
  readonly functions: ReadonlyMap<string, FunctionModel>;
  readonly routes: readonly RouteModel[];
  readonly authorizers: ReadonlyMap<string, AuthorizerModel>;
  readonly cors: CorsModel | null;
  readonly gatewayResponses: Readonly<Record<string, GatewayResponseModel>>;
  readonly binaryMediaTypes: readonly string[];
  readonly tables: readonly TableModel[];
  /** The template's S3 buckets (physical name, CORS rules). */
  readonly buckets: readonly BucketSpec[];
  /** The functions' `Type: S3` events. */
  readonly s3Subscriptions: readonly S3Subscription[];
  /** Every DynamoDB stream event source mapping of the template. */
  readonly streamMappings: readonly StreamMappingModel[];
  /** The WebSocket API, or null when the template has none. */
  readonly webSocket: WebSocketModel | null;
  /** Every schedule event of the template, enabled or not. */
  readonly schedules: readonly ScheduleModel[];
}
