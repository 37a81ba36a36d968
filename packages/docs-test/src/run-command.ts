// Runs one documented command the way a reader's shell would: bash, from the repository
// root, with none of the npm or pnpm variables of the test runner's own environment. Each run
// is bounded; on timeout the whole process group is killed.
import { spawn } from 'node:child_process';

/** What a command did. */
export interface CommandResult {
  readonly code: number | null;
  readonly output: string;
  readonly timedOut: boolean;
}

/**
 * A reader's shell environment: the runner's minus the npm_* / pnpm_* / INIT_CWD variables
 * and the node_modules/.bin folders that npm and pnpm put on PATH (a reader has no `pnpm`
 * on PATH, and a documented bare `pnpm` must fail here as it fails for them), plus `extra`.
 */
export function shellEnv(extra: Readonly<Record<string, string>>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(npm_|pnpm_|INIT_CWD$|VITEST|NODE_ENV$|TEST$)/i.test(name)) env[name] = value;
  }
  env.PATH = (env.PATH ?? '')
    .split(':')
    .filter((dir) => dir !== '' && !/node_modules[/\\]|[/\\]node-gyp-bin$/.test(dir))
    .join(':');
  return { ...env, ...extra };
}

/** Kills a detached child's whole process group (npm, pnpm and what they started). */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/**
 * A `bash -c` child in its own process group (so a group signal reaches what it starts), its
 * stdout and stderr collected together.
 *
 * @example
 * ```ts
 * const { child, output } = spawnShell('npm start', { cwd: repo, env });
 * child.on('close', () => console.log(output()));
 * ```
 */
export function spawnShell(command: string, options: { cwd: string; env: Record<string, string> }) {
  const child = spawn('bash', ['-c', command], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collected = { text: '' };
  child.stdout.on('data', (chunk: Buffer) => (collected.text += chunk));
  child.stderr.on('data', (chunk: Buffer) => (collected.text += chunk));
  return { child, output: () => collected.text };
}

/**
 * Runs `command` with bash in `cwd`; resolves when it exits or after `timeoutMs`.
 *
 * @example
 * ```ts
 * const { code, output } = await runCommand('npm run quickstart', { cwd: repo, env, timeoutMs: 120_000 });
 * ```
 */
export function runCommand(
  command: string,
  options: { cwd: string; env: Record<string, string>; timeoutMs: number },
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const { child, output } = spawnShell(command, options);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid, 'SIGKILL');
    }, options.timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output: output(), timedOut });
    });
  });
}
