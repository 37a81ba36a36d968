// The lambda package's view of its stack: template.yaml read by the one stack model, each
// function joined with its handler source (manifest) and, for http functions, the operation
// of openapi.yaml that its route serves.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type OperationId, operations } from '@serverless-todo/contract';
import {
  type FunctionKind,
  type FunctionModel,
  loadStack,
  type StackModel,
  TemplateError,
} from '@serverless-todo/stack';
import { templatePath } from '../template-path.js';
import { FUNCTION_SOURCES } from './manifest.ts';

/** The package directory; CodeUri and handler sources are relative to it. */
export const packageRoot = fileURLToPath(new URL('../', import.meta.url));

/** One function as the build and the tests see it. */
export interface LambdaFunction {
  readonly logicalId: string;
  readonly kind: FunctionKind;
  /** The operation an http function serves; null for every other kind. */
  readonly operationId: OperationId | null;
  /** Absolute path of the handler source. */
  readonly entry: string;
  /** Absolute path of the bundle directory (CodeUri). */
  readonly outdir: string;
  /** The bundle's entry file, `<outdir>/<handler module>.mjs`. */
  readonly outfile: string;
}

/**
 * Reads template.yaml. Parameters without a Default resolve only when given.
 *
 * @example
 * ```ts
 * lambdaStack({ CursorSecret: 'x'.repeat(32) }).environmentOf('ListTasksFunction');
 * ```
 */
export function lambdaStack(parameters: Readonly<Record<string, string>> = {}, file = templatePath): StackModel {
  return loadStack({ templatePath: file, parameters });
}

function operationOf(fn: FunctionModel): OperationId {
  const served = new Set<OperationId>();
  for (const event of fn.events) {
    if (event.type !== 'Api') continue;
    const operation = Object.values(operations).find((op) => op.method === event.method && op.path === event.path);
    if (!operation)
      throw new TemplateError(`${fn.logicalId}: ${event.method} ${event.path} is no operation of openapi.yaml`);
    served.add(operation.operationId);
  }
  if (served.size !== 1) throw new TemplateError(`${fn.logicalId}: an http function serves exactly one operation`);
  return [...served][0] as OperationId;
}

/**
 * Every function of the template with its handler source, kind and operation.
 *
 * @example
 * ```ts
 * lambdaFunctions().map((f) => `${f.logicalId} ${f.kind} ${f.operationId}`);
 * // ['GetHelloFunction http getHello', …]
 * ```
 */
export function lambdaFunctions(stack: StackModel = lambdaStack()): LambdaFunction[] {
  const root = resolve(stack.templatePath, '..');
  const unlisted = Object.keys(FUNCTION_SOURCES).filter((id) => !stack.functions.has(id));
  if (unlisted.length > 0)
    throw new TemplateError(`build/manifest.ts lists ${unlisted.join(', ')}, which the template does not declare`);
  return [...stack.functions.values()].map((fn) => {
    const source = FUNCTION_SOURCES[fn.logicalId];
    if (source === undefined) throw new TemplateError(`${fn.logicalId}: add its handler source to build/manifest.ts`);
    const entry = join(packageRoot, source);
    if (!existsSync(entry)) throw new TemplateError(`${fn.logicalId}: its handler source ${source} does not exist`);
    const outdir = resolve(root, fn.codeUri);
    return {
      logicalId: fn.logicalId,
      kind: fn.kind,
      operationId: fn.kind === 'http' ? operationOf(fn) : null,
      entry,
      outdir,
      outfile: join(outdir, `${fn.handlerModule}.mjs`),
    };
  });
}

/**
 * CreateTable inputs for the template's tables: what a local DynamoDB (dynalite) needs to
 * stand in for the deployed tables.
 *
 * @example
 * ```ts
 * for (const input of createTableInputs()) await client.send(new CreateTableCommand(input));
 * ```
 */
export function createTableInputs(stack: StackModel = lambdaStack()): Record<string, unknown>[] {
  return stack.tables.map((table) => ({ ...table.createTableInput }));
}

/**
 * What the template sets on all its functions together (each function's environment,
 * merged): one environment under which any of the bundles can load, for tests and benchmarks
 * that run several functions in one process.
 *
 * @example
 * ```ts
 * Object.assign(process.env, stackEnvironment(lambdaStack({ CursorSecret: secret })));
 * ```
 */
export function stackEnvironment(stack: StackModel): Record<string, string> {
  return Object.assign({}, ...[...stack.functions.keys()].map((id) => stack.environmentOf(id)));
}
