// Handlers read their configuration only through `loadEnv(functionId)`, typed from the
// variables template.yaml sets on that function (src/generated/function-env.ts, generated
// from the template), so code cannot read a variable the template does not give it.
import { ConfigurationError } from './errors.ts';
import { FUNCTION_ENV, type FunctionId } from './generated/function-env.ts';

/**
 * Optional variables for runs outside AWS (the local API, tests). The Lambda runtime sets
 * AWS_REGION and credentials itself; `DYNAMODB_ENDPOINT` points the client at dynalite.
 */
export const LOCAL_ENV = ['DYNAMODB_ENDPOINT', 'AWS_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] as const;

/** The variables of one function, unset ones as undefined. */
export type FunctionEnv<Fn extends FunctionId> = {
  readonly [K in (typeof FUNCTION_ENV)[Fn][number]]: string | undefined;
};

export type { FunctionId };

/**
 * Reads the variables the template sets on `functionId`, once, at module scope of the
 * function's entry. Empty strings count as unset.
 *
 * @example
 * ```ts
 * const env = loadEnv('ListTasksFunction');
 * env.CURSOR_SECRET; // string | undefined
 * ```
 */
export function loadEnv<Fn extends FunctionId>(
  functionId: Fn,
  source: Readonly<Record<string, string | undefined>> = process.env,
): FunctionEnv<Fn> {
  const out: Record<string, string | undefined> = {};
  for (const name of FUNCTION_ENV[functionId]) {
    const value = source[name];
    out[name] = value === undefined || value === '' ? undefined : value;
  }
  return out as FunctionEnv<Fn>;
}

/**
 * Returns a setting that the current operation cannot do without, or throws
 * {@link ConfigurationError} (a logged 500) naming what is missing.
 *
 * @example
 * ```ts
 * const tableName = required(env, 'TABLE_NAME');
 * ```
 */
export function required<E extends Readonly<Record<string, string | undefined>>>(
  env: E,
  name: keyof E & string,
): string {
  const value = env[name];
  if (value === undefined) throw new ConfigurationError(`The environment variable ${name} is not set.`);
  return value;
}
