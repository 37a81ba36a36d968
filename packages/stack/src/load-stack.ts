// template.yaml → StackModel: the one reader of the template that the build, the local API,
// the tests and the benchmarks share.

import { TemplateError } from './errors.ts';
import { type FunctionModel, functionModels, rawEnvironment } from './functions.ts';
import { evaluateConditions, type IntrinsicScope, resolveIntrinsics, type StackPlace } from './intrinsics.ts';
import { parameterValues } from './parameters.ts';
import { readTemplate, type Template } from './read-template.ts';
import { type BucketModel, bucketModels, type TableModel, tableModels } from './resources.ts';
import { type WebSocketApiModel, webSocketApiModels } from './websocket-apis.ts';

/** The stack as every consumer sees it. */
export interface StackModel {
  readonly templatePath: string;
  readonly template: Template;
  /** Parameter values in force (overrides, then Defaults). */
  readonly parameters: Readonly<Record<string, string>>;
  readonly conditions: Readonly<Record<string, boolean>>;
  readonly functions: ReadonlyMap<string, FunctionModel>;
  readonly tables: readonly TableModel[];
  readonly buckets: readonly BucketModel[];
  /** The WebSocket APIs (their routes and authorizers are events of the functions they invoke). */
  readonly webSocketApis: readonly WebSocketApiModel[];
  /** Resolves intrinsics in `value` against this stack. */
  resolve(value: unknown): unknown;
  /** A function's environment, resolved: Globals' variables, then its own. */
  environmentOf(logicalId: string): Record<string, string>;
}

/** How to read a stack. */
export interface LoadStackOptions {
  readonly templatePath: string;
  /** Values that win over the parameters' Defaults (a secret without Default needs one to resolve). */
  readonly parameters?: Readonly<Record<string, string>>;
  /** Where the stack pretends to live. Default: us-east-1, account 000000000000. */
  readonly place?: Partial<StackPlace>;
}

/** The pseudo-region and account a local stack lives in. */
export const LOCAL_PLACE: StackPlace = {
  region: 'us-east-1',
  accountId: '000000000000',
  stackName: 'serverless-todo-local',
};

/**
 * Reads a template into a stack model.
 *
 * @example
 * ```ts
 * const stack = loadStack({ templatePath, parameters: { CursorSecret: 'a'.repeat(32) } });
 * stack.functions.get('ListTasksFunction')?.kind; // 'http'
 * stack.environmentOf('ListTasksFunction').TABLE_NAME; // 'TasksTable'
 * ```
 */
export function loadStack(options: LoadStackOptions): StackModel {
  const template = readTemplate(options.templatePath);
  const where = (error: unknown) =>
    error instanceof TemplateError && !error.message.startsWith(options.templatePath)
      ? new TemplateError(`${options.templatePath}: ${error.message}`, { cause: error })
      : error;
  try {
    const parameters = parameterValues(template, options.parameters);
    const base = { template, parameters, place: { ...LOCAL_PLACE, ...options.place }, conditions: {} };
    const scope: IntrinsicScope = { ...base, conditions: evaluateConditions(base) };
    const functions = functionModels(scope);
    return {
      templatePath: options.templatePath,
      template,
      parameters,
      conditions: scope.conditions,
      functions,
      tables: tableModels(scope),
      buckets: bucketModels(scope),
      webSocketApis: webSocketApiModels(scope),
      resolve: (value) => resolveIntrinsics(scope, value),
      environmentOf(logicalId) {
        if (!functions.has(logicalId)) throw new TemplateError(`no function ${logicalId} in the template`);
        try {
          const resolved = resolveIntrinsics(scope, rawEnvironment(scope, logicalId)) as Record<string, unknown>;
          return Object.fromEntries(Object.entries(resolved).map(([k, v]) => [k, String(v)]));
        } catch (error) {
          throw where(error);
        }
      },
    };
  } catch (error) {
    throw where(error);
  }
}
