// AWS::Serverless::Function resources → FunctionModel, with Globals.Function applied the way
// SAM merges them (scalars replaced, Environment.Variables merged key by key), and a kind
// derived from the function's event sources.
import { TemplateError } from './errors.ts';
import { type FunctionEvent, functionEvent, webSocketAuthorizers, webSocketRoutes } from './events.ts';
import { type IntrinsicScope, resolveIntrinsics } from './intrinsics.ts';

type Props = Record<string, unknown>;

/** What a function does, by what invokes it. */
export type FunctionKind = 'http' | 'preflight' | 's3' | 'stream' | 'schedule' | 'websocket' | 'authorizer';

/** One Lambda function, with its settings merged with Globals. */
export interface FunctionModel {
  /** Logical id in the template: the function's key everywhere. */
  readonly logicalId: string;
  readonly kind: FunctionKind;
  /** CodeUri as written, relative to the template's directory. */
  readonly codeUri: string;
  /** The handler's module path inside CodeUri, without extension (`index` for `index.handler`). */
  readonly handlerModule: string;
  /** The exported handler's name (`handler` for `index.handler`). */
  readonly exportName: string;
  readonly runtime: string;
  readonly memoryMB: number;
  readonly timeoutSeconds: number;
  /** The environment variables the template sets on it, Globals' first. */
  readonly variableNames: readonly string[];
  readonly events: readonly FunctionEvent[];
  /** Metadata as written (e.g. `BuildMethod`). */
  readonly metadata: Readonly<Props>;
  /** Properties merged with Globals and resolved, for settings the model does not name. */
  readonly properties: Readonly<Props>;
}

// SAM's own defaults when neither the function nor Globals set them.
const SAM_DEFAULT_TIMEOUT = 3;
const SAM_DEFAULT_MEMORY = 128;

function positive(value: unknown, fallback: number, what: string): number {
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new TemplateError(`${what} must be a positive number, got ${String(value)}`);
  return n;
}

/** An http function serves API routes; one that answers only OPTIONS is the CORS preflight. */
function kindOf(id: string, events: readonly FunctionEvent[]): FunctionKind {
  const types = new Set(events.map((event) => event.type));
  if (types.size !== 1) {
    throw new TemplateError(
      `${id}: a function needs events of exactly one kind (Api, S3, DynamoDB, Schedule, WebSocket routes or a WebSocket authorizer), has ${[...types].join(', ') || 'none'}`,
    );
  }
  const [type] = types;
  if (type === 'Api') {
    return events.every((event) => event.type === 'Api' && event.method === 'OPTIONS') ? 'preflight' : 'http';
  }
  if (type === 'S3') return 's3';
  if (type === 'DynamoDB') return 'stream';
  if (type === 'Schedule') return 'schedule';
  if (type === 'WebSocketAuthorizer') return 'authorizer';
  return 'websocket';
}

const variablesOf = (props: Props) =>
  Object.keys(((props.Environment as { Variables?: Props } | undefined)?.Variables ?? {}) as Props);

/**
 * The raw environment a function gets, Globals' variables overlaid with its own (intrinsics
 * unresolved: resolve them with the stack's scope).
 */
export function rawEnvironment(scope: IntrinsicScope, logicalId: string): Props {
  const globals = (scope.template.Globals?.Function ?? {}) as Props;
  const props = (scope.template.Resources[logicalId]?.Properties ?? {}) as Props;
  const vars = (p: Props) => ((p.Environment as { Variables?: Props } | undefined)?.Variables ?? {}) as Props;
  return { ...vars(globals), ...vars(props) };
}

/**
 * Builds the model of every function in the template (skipping those whose Condition is false).
 *
 * @example
 * ```ts
 * functionModels(scope).get('GetHelloFunction')?.kind; // 'http'
 * ```
 */
export function functionModels(scope: IntrinsicScope): Map<string, FunctionModel> {
  const globals = (scope.template.Globals?.Function ?? {}) as Props;
  const routes = webSocketRoutes(scope);
  const authorizers = webSocketAuthorizers(scope);
  const models = new Map<string, FunctionModel>();
  for (const [id, resource] of Object.entries(scope.template.Resources)) {
    if (resource.Type !== 'AWS::Serverless::Function') continue;
    if (resource.Condition !== undefined && scope.conditions[resource.Condition] === false) continue;
    const own = (resource.Properties ?? {}) as Props;
    const { Events: _events, Environment: _env, ...settings } = { ...globals, ...own };
    const properties = resolveIntrinsics(scope, settings) as Props;
    const codeUri = properties.CodeUri;
    const handler = properties.Handler;
    if (typeof codeUri !== 'string') throw new TemplateError(`${id}: CodeUri must be a local path`);
    if (typeof handler !== 'string' || !handler.includes('.')) {
      throw new TemplateError(`${id}: Handler must look like module.export, got ${String(handler)}`);
    }
    const events: FunctionEvent[] = [
      ...Object.entries((own.Events ?? {}) as Record<string, Props>).map(([name, event]) =>
        functionEvent(scope, name, event),
      ),
      ...(routes.get(id) ?? []),
      ...(authorizers.get(id) ?? []),
    ];
    const dot = handler.lastIndexOf('.');
    models.set(id, {
      logicalId: id,
      kind: kindOf(id, events),
      codeUri,
      handlerModule: handler.slice(0, dot),
      exportName: handler.slice(dot + 1),
      runtime: String(properties.Runtime ?? ''),
      memoryMB: positive(properties.MemorySize, SAM_DEFAULT_MEMORY, `${id}: MemorySize`),
      timeoutSeconds: positive(properties.Timeout, SAM_DEFAULT_TIMEOUT, `${id}: Timeout`),
      variableNames: [...new Set([...variablesOf(globals), ...variablesOf(own)])],
      events,
      metadata: (resource.Metadata ?? {}) as Props,
      properties,
    });
  }
  return models;
}
