// Runs a script in-process with captured output, or the real entry file in a child process.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { FetchFunction } from '@serverless-todo/client';
import type { Script } from '../../src/lib/context.ts';
import { runScript } from '../../src/lib/run-script.ts';

/** What a run printed and returned. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `script` as its entry file would, with `env` as the whole environment.
 *
 * @example
 * ```ts
 * const { code, stdout } = await runInProcess(quickstart, [], { API_URL: api.url });
 * ```
 */
export async function runInProcess(
  script: Script,
  argv: readonly string[],
  env: Record<string, string>,
  options: { fetch?: FetchFunction; cwd?: string; tty?: boolean } = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await runScript(script, {
    argv,
    env,
    cwd: options.cwd ?? PACKAGE_DIR,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false, columns: 100 },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return { code, stdout, stderr };
}

/**
 * Runs `src/<name>.ts` with tsx in a child process, as `npm run <name>` does.
 *
 * @example
 * ```ts
 * const { code, stderr } = await runEntry('quickstart', [], { API_URL: 'http://127.0.0.1:9' });
 * ```
 */
export function runEntry(name: string, argv: readonly string[], env: Record<string, string>): Promise<RunResult> {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, `src/${name}.ts`, ...argv], {
      cwd: PACKAGE_DIR,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
