// template.yaml → ApiModel: the one place that decides what the local stack looks like.
import { dirname } from 'node:path';
import { TemplateError } from '../errors.ts';
import { authorizerModels, corsModel, gatewayResponseModels } from './api-settings.ts';
import { type CfnTemplate, readTemplate } from './cfn-yaml.ts';
import { functionModels } from './functions.ts';
import { type IntrinsicScope, physicalName, resolveIntrinsics } from './intrinsics.ts';
import type { ApiModel, RouteModel, TableModel } from './model.ts';
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

const TABLE_KEYS = [
  'AttributeDefinitions',
  'KeySchema',
  'GlobalSecondaryIndexes',
  'LocalSecondaryIndexes',
  'BillingMode',
  'ProvisionedThroughput',
];

function tableModels(scope: IntrinsicScope): TableModel[] {
  return Object.entries(scope.template.Resources)
    .filter(([, r]) => r.Type === 'AWS::DynamoDB::Table')
    .map(([id, r]) => {
      const props = (resolveIntrinsics(scope, r.Properties ?? {}) ?? {}) as Props;
      const input: Props = { TableName: physicalName(scope, id) };
      for (const key of TABLE_KEYS) if (props[key] !== undefined) input[key] = props[key];
      return { logicalId: id, createTableInput: input };
    });
}

/** Every `Type: Api` event, and the one Api resource they belong to (null: the implicit API). */
function apiEvents(template: CfnTemplate): { apiId: string | null; events: { functionId: string; props: Props }[] } {
  const events: { functionId: string; props: Props }[] = [];
  const apiIds = new Set<string | null>();
  for (const [functionId, resource] of Object.entries(template.Resources)) {
    if (resource.Type !== 'AWS::Serverless::Function') continue;
    for (const event of Object.values((resource.Properties?.Events ?? {}) as Record<string, Props>)) {
      if (event.Type !== 'Api') continue;
      const props = (event.Properties ?? {}) as Props;
      const restApi = props.RestApiId as { Ref?: string } | undefined;
      apiIds.add(restApi?.Ref ?? null);
      events.push({ functionId, props });
    }
  }
  if (apiIds.size > 1) throw new TemplateError('the local API emulates one API; the template has events on several');
  return { apiId: [...apiIds][0] ?? null, events };
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
  const template = readTemplate(options.templatePath);
  const parameters = resolveParameters(template, options.dataDir, options.parameterOverrides);
  const scope: IntrinsicScope = { template, parameters };
  const { apiId, events } = apiEvents(template);
  const api = (apiId === null ? (template.Globals?.Api ?? {}) : (template.Resources[apiId]?.Properties ?? {})) as Props;
  if (apiId !== null && template.Resources[apiId]?.Type !== 'AWS::Serverless::Api') {
    throw new TemplateError(`RestApiId ${apiId} is not an AWS::Serverless::Api`);
  }
  const auth = api.Auth as Props | undefined;
  const authorizers = authorizerModels(scope, auth);
  const seen = new Set<string>();
  const routes: RouteModel[] = events.map(({ functionId, props }) => {
    const method = String(props.Method).toUpperCase();
    const resource = String(props.Path);
    if (seen.has(`${method} ${resource}`)) throw new TemplateError(`two events serve ${method} ${resource}`);
    seen.add(`${method} ${resource}`);
    const chosen = (props.Auth as Props | undefined)?.Authorizer ?? auth?.DefaultAuthorizer ?? 'NONE';
    const authorizer = chosen === 'NONE' ? null : String(chosen);
    if (authorizer !== null && !authorizers.has(authorizer)) {
      throw new TemplateError(`${functionId}: authorizer ${authorizer} is not defined on the API`);
    }
    return { method: method === 'ANY' ? 'ANY' : method, resource, functionId, authorizer };
  });
  const model: ApiModel = {
    stageName: String(resolveIntrinsics(scope, api.StageName ?? 'Prod')),
    functions: functionModels(scope, options.codeRoot ?? dirname(options.templatePath)),
    routes,
    authorizers,
    cors: corsModel(scope, api.Cors),
    gatewayResponses: gatewayResponseModels(scope, api.GatewayResponses),
    binaryMediaTypes: ((api.BinaryMediaTypes ?? []) as unknown[]).map((t) => String(t).replace('~1', '/')),
    tables: tableModels(scope),
  };
  return { model, parameters };
}
