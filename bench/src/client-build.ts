// The client (and the query package) are consumed as their built packages (dist/), as users
// get them. A fresh clone has no dist/, and a changed source makes it stale: build it then,
// with the package's own script.
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
  constructor(status: number | null, options?: { cause?: unknown; name?: string }) {
    super(`building ${options?.name ?? '@serverless-todo/client'} failed (exit ${status})`, options);
    this.name = 'ClientBuildError';
  }
}

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

/**
 * Builds a published package (the client by default) unless its dist/ is newer than its
 * sources; returns its directory.
 *
 * @example
 * ```ts
 * const dir = ensureClientBuilt();
 * ensureClientBuilt('@serverless-todo/query');
 * ```
 */
export function ensureClientBuilt(name = '@serverless-todo/client'): string {
  const dir = dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
  const entry = join(dir, 'dist/index.js');
  if (existsSync(entry) && statSync(entry).mtimeMs >= newest(join(dir, 'src'))) return dir;
  console.log(`  building ${name} (dist missing or stale)…`);
  const result = spawnSync('pnpm', ['run', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new ClientBuildError(result.status, { cause: result.error, name });
  return dir;
}
