// The command line of `serverless-todo-local` (what `pnpm start` runs).
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.ts';

/** The usage line printed with every command-line error. */
export const USAGE = 'usage: serverless-todo-local [--port N|0] [--memory] [--data-dir DIR] [--no-build]';

/** What the command line asks for. */
export interface CliOptions {
  readonly port: number;
  readonly memory: boolean;
  /** Absolute; undefined means the default `<repo>/.data`. */
  readonly dataDir: string | undefined;
  /** Rebuild stale function bundles before starting. */
  readonly build: boolean;
  readonly help: boolean;
}

function parsePort(text: string, from: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(port >= 0 && port <= 65535))
    throw new UsageError(`${from} must be a port number from 0 to 65535, got "${text}"`);
  return port;
}

/**
 * Parses the arguments (without `node` and the script) and the environment (`PORT`).
 * Relative paths are taken from where the user typed the command (pnpm's INIT_CWD).
 *
 * @example
 * ```ts
 * parseCli(['--port', '0', '--memory'], {}); // { port: 0, memory: true, dataDir: undefined, build: true, help: false }
 * ```
 */
export function parseCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliOptions {
  let values: { port?: string; memory?: boolean; 'data-dir'?: string; 'no-build'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      // `pnpm start -- --port 0` (the npm habit) passes the `--` through: ignore it.
      args: argv[0] === '--' ? argv.slice(1) : [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', short: 'p' },
        memory: { type: 'boolean' },
        'data-dir': { type: 'string' },
        'no-build': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (cause) {
    // Node's messages name the flag ("Unknown option '--prot'"); keep just that sentence.
    throw new UsageError(String((cause as Error).message).split('. ')[0] ?? 'invalid arguments', { cause });
  }
  const port =
    values.port !== undefined ? parsePort(values.port, '--port') : env.PORT ? parsePort(env.PORT, 'PORT') : 3000;
  const dir = values['data-dir'];
  if (dir !== undefined && values.memory) throw new UsageError('--memory and --data-dir exclude each other');
  if (dir === '') throw new UsageError('--data-dir needs a directory');
  const base = env.INIT_CWD ?? process.cwd();
  return {
    port,
    memory: values.memory ?? false,
    dataDir: dir === undefined ? undefined : isAbsolute(dir) ? dir : resolve(base, dir),
    build: !values['no-build'],
    help: values.help ?? false,
  };
}
