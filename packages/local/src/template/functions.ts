// AWS::Serverless::Function resources → FunctionModel, with Globals.Function applied the way
// SAM merges them (scalars replaced, Environment.Variables merged key by key).
import { resolve } from 'node:path';
import { TemplateError } from '../errors.ts';
import type { CfnTemplate } from './cfn-yaml.ts';
import { type IntrinsicScope, resolveIntrinsics } from './intrinsics.ts';
import type { FunctionModel } from './model.ts';

// SAM's own defaults when neither the function nor Globals set them.
const SAM_DEFAULT_TIMEOUT = 3;
const SAM_DEFAULT_MEMORY = 128;

type Props = Record<string, unknown>;

function variables(scope: IntrinsicScope, props: Props | undefined): Record<string, string> {
  const env = (props?.Environment as { Variables?: Props } | undefined)?.Variables ?? {};
  const resolved = resolveIntrinsics(scope, env) as Props;
  return Object.fromEntries(Object.entries(resolved).map(([k, v]) => [k, String(v)]));
}

function positive(value: unknown, fallback: number, what: string): number {
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new TemplateError(`${what} must be a positive number, got ${String(value)}`);
  return n;
}

/** The logical ids of the template's functions. */
export function functionIds(template: CfnTemplate): string[] {
  return Object.entries(template.Resources)
    .filter(([, r]) => r.Type === 'AWS::Serverless::Function')
    .map(([id]) => id);
}

/**
 * Builds the model of every function in the template.
 *
 * @example
 * ```ts
 * const fns = functionModels(scope, '/repo/packages/lambda');
 * fns.get('GetHelloFunction')?.timeoutSeconds; // 10
 * ```
 */
export function functionModels(scope: IntrinsicScope, codeRoot: string): Map<string, FunctionModel> {
  const globals = (scope.template.Globals?.Function ?? {}) as Props;
  const models = new Map<string, FunctionModel>();
  for (const id of functionIds(scope.template)) {
    const props = (scope.template.Resources[id]?.Properties ?? {}) as Props;
    const codeUri = props.CodeUri ?? globals.CodeUri;
    const handler = props.Handler ?? globals.Handler;
    if (typeof codeUri !== 'string') throw new TemplateError(`${id}: CodeUri must be a local path`);
    if (typeof handler !== 'string' || !handler.includes('.')) {
      throw new TemplateError(`${id}: Handler must look like module.export, got ${String(handler)}`);
    }
    const dot = handler.lastIndexOf('.');
    models.set(id, {
      logicalId: id,
      codeDir: resolve(codeRoot, codeUri),
      handlerModule: handler.slice(0, dot),
      exportName: handler.slice(dot + 1),
      memoryMB: positive(props.MemorySize ?? globals.MemorySize, SAM_DEFAULT_MEMORY, `${id}: MemorySize`),
      timeoutSeconds: positive(props.Timeout ?? globals.Timeout, SAM_DEFAULT_TIMEOUT, `${id}: Timeout`),
      environment: { ...variables(scope, globals), ...variables(scope, props) },
    });
  }
  return models;
}
