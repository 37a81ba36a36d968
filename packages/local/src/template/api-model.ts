// template.yaml → ApiModel: what the gateway emulation runs from, read through the stack
// model (the one reader of the template) and the local parameter values.
import { dirname, resolve } from 'node:path';
import { type ApiEvent, loadStack, readTemplate, type StackModel } from '@serverless-todo/stack';
import { TemplateError } from '../errors.ts';
import { s3Subscriptions } from '../s3/subscriptions.ts';
import { parseSchedule } from '../schedules/schedule-expression.ts';
import { authorizerModels, corsModel, gatewayResponseModels } from './api-settings.ts';
import type {
  ApiModel,
  FunctionModel,
  RouteModel,
  ScheduleModel,
  StreamMappingModel,
  WebSocketAuthorizerModel,
  WebSocketModel,
  WebSocketRouteModel,
} from './model.ts';
import { resolveParameters } from './parameters.ts';

type Props = Record<string, unknown>;

/** Where to read the stack from and how to resolve its parameters. */
export interface LoadApiModelOptions {
  readonly templatePath: string;
  /** The directory CodeUri paths are relative to; defaults to the template's directory. */
  readonly codeRoot?: string;
  /** Where generated parameter values are kept. */
  readonly dataDir: string;
  readonly parameterOverrides?: Readonly<Record<string, string>>;
}

/** Every Api event, and the one Api resource they belong to (null: the implicit API). */
function apiEvents(stack: StackModel): { apiId: string | null; events: { functionId: string; event: ApiEvent }[] } {
  const events: { functionId: string; event: ApiEvent }[] = [];
  const apiIds = new Set<string | null>();
  for (const fn of stack.functions.values()) {
    for (const event of fn.events) {
      if (event.type !== 'Api') continue;
      apiIds.add(event.restApiId);
      events.push({ functionId: fn.logicalId, event });
    }
  }
  if (apiIds.size > 1) throw new TemplateError('the local API emulates one API; the template has events on several');
  return { apiId: [...apiIds][0] ?? null, events };
}

/** Every `Type: DynamoDB` event, with the name of the table whose stream it reads. */
function streamMappings(stack: StackModel): StreamMappingModel[] {
  const mappings: StreamMappingModel[] = [];
  for (const fn of stack.functions.values()) {
    for (const event of fn.events) {
      if (event.type !== 'DynamoDB') continue;
      const table = stack.tables.find((t) => t.logicalId === event.table);
      if (!table)
        throw new TemplateError(
          `${fn.logicalId}: event ${event.name} reads ${event.table}, not a table of the template`,
        );
      if (table.streamViewType === null) {
        throw new TemplateError(
          `${fn.logicalId}: event ${event.name} reads ${event.table}, which has no StreamSpecification`,
        );
      }
      mappings.push({ functionId: fn.logicalId, tableName: table.name, event });
    }
  }
  return mappings;
}

/** The WebSocket API: its routes, each with its authorizer, from the functions' events. */
function webSocketModel(stack: StackModel): WebSocketModel | null {
  if (stack.webSocketApis.length === 0) return null;
  if (stack.webSocketApis.length > 1)
    throw new TemplateError('the local API emulates one WebSocket API; the template has several');
  const api = stack.webSocketApis[0] as StackModel['webSocketApis'][number];
  const authorizers = new Map<string, WebSocketAuthorizerModel>();
  for (const fn of stack.functions.values()) {
    for (const event of fn.events) {
      if (event.type !== 'WebSocketAuthorizer' || event.apiId !== api.logicalId) continue;
      authorizers.set(event.name, { name: event.name, functionId: fn.logicalId, identitySource: event.identitySource });
    }
  }
  const routes = new Map<string, WebSocketRouteModel>();
  for (const fn of stack.functions.values()) {
    for (const event of fn.events) {
      if (event.type !== 'WebSocket' || event.apiId !== api.logicalId) continue;
      if (routes.has(event.routeKey)) throw new TemplateError(`two WebSocket routes have the key ${event.routeKey}`);
      const authorizer = event.authorizer === null ? null : (authorizers.get(event.authorizer) ?? null);
      if (event.authorizer !== null && authorizer === null) {
        throw new TemplateError(`WebSocket route ${event.name}: authorizer ${event.authorizer} invokes no function`);
      }
      routes.set(event.routeKey, {
        routeKey: event.routeKey,
        functionId: fn.logicalId,
        authorizer,
        twoWay: event.twoWay,
      });
    }
  }
  return {
    apiId: api.logicalId,
    stageName: api.stageName ?? '$default',
    routeSelectionExpression: api.routeSelectionExpression,
    routes,
  };
}

/** Every schedule event; an expression EventBridge would refuse stops the start here. */
function schedules(stack: StackModel): ScheduleModel[] {
  const found: ScheduleModel[] = [];
  for (const fn of stack.functions.values()) {
    for (const event of fn.events) {
      if (event.type !== 'Schedule') continue;
      parseSchedule(event.expression);
      found.push({ functionId: fn.logicalId, event });
    }
  }
  return found;
}

function functionModels(stack: StackModel, codeRoot: string): Map<string, FunctionModel> {
  const models = new Map<string, FunctionModel>();
  for (const fn of stack.functions.values()) {
    models.set(fn.logicalId, {
      logicalId: fn.logicalId,
      kind: fn.kind,
      codeDir: resolve(codeRoot, fn.codeUri),
      handlerModule: fn.handlerModule,
      exportName: fn.exportName,
      memoryMB: fn.memoryMB,
      timeoutSeconds: fn.timeoutSeconds,
      environment: stack.environmentOf(fn.logicalId),
    });
  }
  return models;
}

/**
 * Reads template.yaml and builds the model the gateway emulation runs from.
 *
 * @example
 * ```ts
 * const { model } = loadApiModel({ templatePath, dataDir: '/repo/.data' });
 * model.routes.map((r) => `${r.method} ${r.resource}`); // ['GET /hello', 'POST /users/{user_id}/tasks', …]
 * ```
 */
export function loadApiModel(options: LoadApiModelOptions): { model: ApiModel; parameters: Record<string, string> } {
  const parameters = resolveParameters(readTemplate(options.templatePath), options.dataDir, options.parameterOverrides);
  const stack = loadStack({ templatePath: options.templatePath, parameters });
  const { template } = stack;
  const { apiId, events } = apiEvents(stack);
  const api = (apiId === null ? (template.Globals?.Api ?? {}) : (template.Resources[apiId]?.Properties ?? {})) as Props;
  if (apiId !== null && template.Resources[apiId]?.Type !== 'AWS::Serverless::Api') {
    throw new TemplateError(`RestApiId ${apiId} is not an AWS::Serverless::Api`);
  }
  const auth = stack.resolve(api.Auth) as Props | undefined;
  const authorizers = authorizerModels(stack.resolve, auth);
  const seen = new Set<string>();
  const routes: RouteModel[] = events.map(({ functionId, event }) => {
    const { method, path: resource } = event;
    if (seen.has(`${method} ${resource}`)) throw new TemplateError(`two events serve ${method} ${resource}`);
    seen.add(`${method} ${resource}`);
    const chosen = event.authorizer ?? auth?.DefaultAuthorizer ?? 'NONE';
    const authorizer = chosen === 'NONE' ? null : String(chosen);
    if (authorizer !== null && !authorizers.has(authorizer)) {
      throw new TemplateError(`${functionId}: authorizer ${authorizer} is not defined on the API`);
    }
    return { method, resource, functionId, authorizer };
  });
  const model: ApiModel = {
    stageName: String(stack.resolve(api.StageName ?? 'Prod')),
    functions: functionModels(stack, options.codeRoot ?? dirname(options.templatePath)),
    routes,
    authorizers,
    cors: corsModel(stack.resolve, api.Cors),
    gatewayResponses: gatewayResponseModels(stack.resolve, api.GatewayResponses),
    binaryMediaTypes: ((api.BinaryMediaTypes ?? []) as unknown[]).map((t) => String(t).replace('~1', '/')),
    tables: stack.tables.map((table) => ({
      logicalId: table.logicalId,
      createTableInput: table.createTableInput,
      streamViewType: table.streamViewType,
      streamArn: String(stack.resolve({ 'Fn::GetAtt': [table.logicalId, 'StreamArn'] })),
    })),
    streamMappings: streamMappings(stack),
    schedules: schedules(stack),
    buckets: stack.buckets.map((bucket) => ({ name: bucket.name, corsRules: bucket.corsRules })),
    s3Subscriptions: s3Subscriptions(stack),
    webSocket: webSocketModel(stack),
  };
  return { model, parameters };
}
