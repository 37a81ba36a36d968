// The command line of `serverless-todo-local` (what `npm start` runs).
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.ts';

/** The environment variable that sets the data directory when --data-dir is not given. */
export const DATA_DIR_ENV = 'SERVERLESS_TODO_DATA_DIR';

/** The usage printed by --help and with every command-line error; the README lists the same. */
export const USAGE = `usage: npm start -- [--port N|0] [--memory] [--data-dir DIR] [--no-build] [--no-schedules] [--parameter-overrides K=V,…]   (serverless-todo-local)
  --port N       listen on 127.0.0.1:N; 0 picks a free port (default 3000, or $PORT)
  --memory       an empty, throw-away store instead of the one on disk
  --data-dir DIR DynamoDB files, signing key and parameters (default .data, or $${DATA_DIR_ENV})
  --no-build     serve the function bundles as they are, without rebuilding stale ones
  --no-schedules do not fire Schedule events on their own (POST /_local/schedules/<FunctionLogicalId> still runs one)
  --parameter-overrides K=V,…
                 template parameters, as sam local has them (e.g. AllowedOrigins=http://localhost:5173)
  --help         this text`;

/** What the command line asks for. */
export interface CliOptions {
  readonly port: number;
  readonly memory: boolean;
  /** Absolute; undefined means the default `<repo>/.data`. */
  readonly dataDir: string | undefined;
  /** Rebuild stale function bundles before starting. */
  readonly build: boolean;
  /** Fire the template's schedules on their expressions. */
  readonly schedules: boolean;
  /** Template parameter values that win over the Defaults. */
  readonly parameterOverrides: Readonly<Record<string, string>>;
  readonly help: boolean;
}

/** The flags of `serverless-todo-local`; USAGE and the README describe each one. */
export const CLI_OPTIONS = {
  port: { type: 'string', short: 'p' },
  memory: { type: 'boolean' },
  'data-dir': { type: 'string' },
  'no-build': { type: 'boolean' },
  'no-schedules': { type: 'boolean' },
  'parameter-overrides': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parsePort(text: string, from: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(port >= 0 && port <= 65535))
    throw new UsageError(`${from} must be a port number from 0 to 65535, got "${text}"`);
  return port;
}

/**
 * `Key=Value,Key2=Value2` (sam's `--parameter-overrides` shorthand), or its
 * `ParameterKey=Key,ParameterValue=Value` long form (pairs separated by spaces), as a map. A
 * value may hold `=` but no comma or space.
 *
 * @example
 * ```ts
 * parseOverrides('AllowedOrigins=http://localhost:5173,StageName=local');
 * // { AllowedOrigins: 'http://localhost:5173', StageName: 'local' }
 * ```
 */
export function parseOverrides(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (text.includes('ParameterKey=')) {
    for (const [, key, value] of text.matchAll(/ParameterKey=([^,\s]+),ParameterValue=(\S*)/g))
      out[key as string] = value as string;
    if (Object.keys(out).length > 0) return out;
  }
  for (const pair of text.split(/[,\s]+/).filter((item) => item !== '')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      throw new UsageError(`--parameter-overrides takes Key=Value pairs separated by commas, got "${pair}"`);
    }
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  if (Object.keys(out).length === 0) throw new UsageError('--parameter-overrides needs at least one Key=Value');
  return out;
}

/**
 * Parses the arguments (without `node` and the script) and the environment (`PORT`).
 * Relative paths are taken from where the user typed the command (npm's INIT_CWD).
 *
 * @example
 * ```ts
 * parseCli(['--port', '0', '--memory'], {}); // { port: 0, memory: true, dataDir: undefined, build: true, schedules: true, parameterOverrides: {}, help: false }
 * ```
 */
export function parseCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliOptions {
  let values: {
    port?: string;
    memory?: boolean;
    'data-dir'?: string;
    'no-build'?: boolean;
    'no-schedules'?: boolean;
    'parameter-overrides'?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      // `pnpm start -- --port 0` passes the `--` through (npm drops it): ignore it.
      args: argv[0] === '--' ? argv.slice(1) : [...argv],
      strict: true,
      allowPositionals: false,
      options: CLI_OPTIONS,
    }));
  } catch (cause) {
    // Node's messages name the flag ("Unknown option '--prot'"); keep just that sentence.
    throw new UsageError(String((cause as Error).message).split('. ')[0] ?? 'invalid arguments', { cause });
  }
  const port =
    values.port !== undefined ? parsePort(values.port, '--port') : env.PORT ? parsePort(env.PORT, 'PORT') : 3000;
  // With --memory the data directory still holds the signing key, so the variable applies.
  const dir = values['data-dir'] ?? (env[DATA_DIR_ENV] || undefined);
  if (values['data-dir'] !== undefined && values.memory) {
    throw new UsageError('--memory and --data-dir exclude each other');
  }
  if (dir === '') throw new UsageError('--data-dir needs a directory');
  const base = env.INIT_CWD ?? process.cwd();
  return {
    port,
    memory: values.memory ?? false,
    dataDir: dir === undefined ? undefined : isAbsolute(dir) ? dir : resolve(base, dir),
    build: !values['no-build'],
    schedules: !values['no-schedules'],
    parameterOverrides:
      values['parameter-overrides'] === undefined ? {} : parseOverrides(values['parameter-overrides']),
    help: values.help ?? false,
  };
}
