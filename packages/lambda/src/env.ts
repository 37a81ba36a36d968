// The one list of environment variables each function reads. Handlers read their
// configuration only through `loadEnv(operationId)`, whose result is typed from this list,
// so code cannot read a variable that is not listed here, and the template test checks that
// template.yaml sets every listed variable on the matching function.
import type { OperationId } from '@serverless-todo/contract';
import { ConfigurationError } from './errors.ts';

/** Read by every function (the Powertools Logger and Metrics read the POWERTOOLS_* ones themselves). */
const COMMON = [
  'POWERTOOLS_SERVICE_NAME',
  'POWERTOOLS_LOG_LEVEL',
  'POWERTOOLS_METRICS_NAMESPACE',
  'CORS_ALLOW_ORIGINS',
] as const;

/** The variables each function needs from its template definition. */
export const FUNCTION_ENV = {
  getHello: [...COMMON],
  createTask: [...COMMON, 'TABLE_NAME', 'IDEMPOTENCY_TABLE_NAME'],
  listTasks: [...COMMON, 'TABLE_NAME', 'CURSOR_SECRET'],
  getTask: [...COMMON, 'TABLE_NAME'],
  updateTask: [...COMMON, 'TABLE_NAME'],
  deleteTask: [...COMMON, 'TABLE_NAME'],
} as const satisfies Record<OperationId, readonly string[]>;

/**
 * Optional variables for runs outside AWS (the local API, tests). The Lambda runtime sets
 * AWS_REGION and credentials itself; `DYNAMODB_ENDPOINT` points the client at dynalite.
 */
export const LOCAL_ENV = ['DYNAMODB_ENDPOINT', 'AWS_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] as const;

/** The variables of one function, unset ones as undefined. */
export type FunctionEnv<Op extends OperationId> = {
  readonly [K in (typeof FUNCTION_ENV)[Op][number]]: string | undefined;
};

/**
 * Reads the variables listed for `operationId` in {@link FUNCTION_ENV}, once, at module
 * scope of the function's entry. Empty strings count as unset.
 *
 * @example
 * ```ts
 * const env = loadEnv('listTasks');
 * env.CURSOR_SECRET; // string | undefined
 * ```
 */
export function loadEnv<Op extends OperationId>(
  operationId: Op,
  source: Readonly<Record<string, string | undefined>> = process.env,
): FunctionEnv<Op> {
  const out: Record<string, string | undefined> = {};
  for (const name of FUNCTION_ENV[operationId]) {
    const value = source[name];
    out[name] = value === undefined || value === '' ? undefined : value;
  }
  return out as FunctionEnv<Op>;
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
