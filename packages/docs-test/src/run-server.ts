// Runs a documented long-running command (`npm start`, a dev server): starts it, waits until
// its URL answers, then stops it with a Ctrl-C to its process group, as a terminal would,
// and checks that stopping printed no failure line. Every wait is bounded.
import { killGroup, spawnShell } from './run-command.ts';

/** What a server did. */
export interface ServerResult {
  /** The HTTP status its URL answered, or null if it never answered. */
  readonly status: number | null;
  readonly output: string;
  /** It exited within the stop timeout after the Ctrl-C. */
  readonly stopped: boolean;
}

/** Lines npm or pnpm print when the command they ran failed. */
export const FAILURE_LINE = /npm error|ELIFECYCLE|Command failed|ERR_PNPM/;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `command`, polls `url` until it answers (below 500), then sends SIGINT to the group.
 *
 * @example
 * ```ts
 * const { status, output } = await runServer('npm start', 'http://127.0.0.1:3000/hello', { cwd, env, timeoutMs: 120_000 });
 * ```
 */
export async function runServer(
  command: string,
  url: string,
  options: { cwd: string; env: Record<string, string>; timeoutMs: number },
): Promise<ServerResult> {
  const { child, output } = spawnShell(command, options);
  let exited = false;
  const closed = new Promise<void>((resolve) =>
    child.on('close', () => {
      exited = true;
      resolve();
    }),
  );
  let status: number | null = null;
  const polls = Math.ceil(options.timeoutMs / 250);
  for (let poll = 0; poll < polls && !exited && status === null; poll++) {
    const res = await fetch(url, { signal: AbortSignal.timeout(5_000) }).catch(() => null);
    if (res && res.status < 500) status = res.status;
    else await sleep(250);
  }
  killGroup(child.pid, 'SIGINT');
  const stopped = await Promise.race([closed.then(() => true), sleep(30_000).then(() => false)]);
  if (!stopped) {
    killGroup(child.pid, 'SIGKILL');
    await closed;
  }
  return { status, output: output(), stopped };
}
