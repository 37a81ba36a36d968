// The client is consumed as its built package (dist/), as users get it. A fresh clone has no
// dist/, and a changed source makes it stale: build it then, with the package's own script.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The client's build failed, so its suite cannot measure what users would get. */
export class ClientBuildError extends Error {
  /**
   * @example
   * ```ts
   * throw new ClientBuildError(1);
   * ```
   */
  constructor(status: number | null, options?: { cause?: unknown }) {
    super(`building @serverless-todo/client failed (exit ${status})`, options);
    this.name = 'ClientBuildError';
  }
}

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

/**
 * Builds the client package unless its dist/ is newer than its sources; returns its directory.
 *
 * @example
 * ```ts
 * const dir = ensureClientBuilt();
 * ```
 */
export function ensureClientBuilt(): string {
  const dir = dirname(createRequire(import.meta.url).resolve('@serverless-todo/client/package.json'));
  const entry = join(dir, 'dist/index.js');
  if (existsSync(entry) && statSync(entry).mtimeMs >= newest(join(dir, 'src'))) return dir;
  console.log('  building @serverless-todo/client (dist missing or stale)…');
  const result = spawnSync('pnpm', ['run', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new ClientBuildError(result.status, { cause: result.error });
  return dir;
}
