// Emits src/generated/function-env.ts: the environment variables template.yaml sets on each
// function, so handlers read their configuration typed from the template itself.
import type { StackModel } from '@serverless-todo/stack';

/** Where the generated list lives, relative to the package root. */
export const FUNCTION_ENV_FILE = 'src/generated/function-env.ts';

/**
 * The source of the generated module.
 *
 * @example
 * ```ts
 * writeFileSync(FUNCTION_ENV_FILE, functionEnvSource(lambdaStack()));
 * ```
 */
export function functionEnvSource(stack: StackModel): string {
  const rows = [...stack.functions.values()].map(
    (fn) => `  ${fn.logicalId}: [${fn.variableNames.map((name) => `'${name}'`).join(', ')}],`,
  );
  return [
    '// Generated from template.yaml by `pnpm generate`. Do not edit.',
    '',
    '/** The environment variables template.yaml sets on each function, Globals’ first. */',
    'export const FUNCTION_ENV = {',
    ...rows,
    '} as const;',
    '',
    '/** The logical id of a function of template.yaml. */',
    'export type FunctionId = keyof typeof FUNCTION_ENV;',
    '',
  ].join('\n');
}
