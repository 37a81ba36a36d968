// What a script gets from the outside world. The entry files pass the real process; tests
// pass strings buffers and a recording fetch, and call the same functions in-process.
import type { FetchFunction } from '@serverless-todo/client';

/** Somewhere to write text: process.stdout, a file, or a test buffer. */
export interface Output {
  write(text: string): unknown;
  /** True on a terminal: the import draws a progress bar there instead of lines. */
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Everything a script reads from its environment. */
export interface ScriptContext {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where relative paths are resolved: the directory the user ran npm from. */
  readonly cwd: string;
  readonly stdout: Output;
  readonly stderr: Output;
  /** Replaces globalThis.fetch for every call (the token request included). */
  readonly fetch?: FetchFunction;
}

/** A script: reads its context, does its work, resolves with the exit code. */
export type Script = (context: ScriptContext) => Promise<number>;

/**
 * The context of a script run from the command line.
 *
 * @example
 * ```ts
 * process.exitCode = await runScript(quickstart, processContext());
 * ```
 */
export function processContext(): ScriptContext {
  return {
    // `pnpm run import -- --concurrency 4` passes the `--` on; it means nothing to these scripts.
    argv: process.argv[2] === '--' ? process.argv.slice(3) : process.argv.slice(2),
    env: process.env,
    // `npm run import -- file.csv` runs in the root package's folder; INIT_CWD (set by npm and
    // by pnpm) is where the user typed it, which is what a relative path in their command means.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
  };
}
