// The repository this package lives in, and its workspace packages' folders.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO: string = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Every folder with a workspace package (pnpm-workspace.yaml: packages/*, examples/*, bench).
 *
 * @example
 * ```ts
 * packageDirs(REPO); // ['packages/client', …, 'examples/scripts', 'bench']
 * ```
 */
export function packageDirs(repo: string): string[] {
  const dirs: string[] = [];
  for (const folder of ['packages', 'examples']) {
    if (!existsSync(join(repo, folder))) continue;
    for (const entry of readdirSync(join(repo, folder), { withFileTypes: true })) {
      if (entry.isDirectory()) dirs.push(`${folder}/${entry.name}`);
    }
  }
  return [...dirs.sort(), 'bench'];
}
