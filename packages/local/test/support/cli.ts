// Runs the CLIs as a user would (node bin/…), capturing output; every wait is bounded.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../../bin');

/** A running CLI process and what it printed so far. */
export interface CliRun {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  /** Resolves with the exit code. */
  readonly exited: Promise<number | null>;
}

/**
 * Starts `bin/<name>.js` with arguments and extra env.
 *
 * @example
 * ```ts
 * const run = startCli('serverless-todo-local', ['--port', '0', '--memory']);
 * ```
 */
export function startCli(name: string, args: readonly string[], env: Record<string, string> = {}): CliRun {
  const child = spawn(process.execPath, [join(BIN, `${name}.js`), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: CliRun = {
    child,
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
  };
  child.stdout?.on('data', (chunk: Buffer) => {
    run.stdout += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    run.stderr += chunk.toString('utf8');
  });
  return run;
}

/** Waits until `pattern` shows in stdout (or the process exits, or `ms` pass). */
export async function waitForOutput(run: CliRun, pattern: RegExp, ms = 30_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  let exited = false;
  void run.exited.then(() => {
    exited = true;
  });
  while (Date.now() < deadline) {
    const match = run.stdout.match(pattern);
    if (match) return match;
    if (exited) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no ${pattern} in output:\n${run.stdout}\n${run.stderr}`);
}
