// Which documents hold commands: the root README and CONTRIBUTING, and the README of every
// package and example. Found by globbing, so a new package's README is tested from day one.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders whose direct subfolders may each have a README.md. */
const PACKAGE_FOLDERS = ['packages', 'examples'];

/**
 * The documents to test, as paths relative to `repo`, in a stable order.
 *
 * @example
 * ```ts
 * findReadmes('/repo'); // ['README.md', 'CONTRIBUTING.md', 'examples/scripts/README.md', …]
 * ```
 */
export function findReadmes(repo: string): string[] {
  const found = ['README.md', 'CONTRIBUTING.md'].filter((file) => existsSync(join(repo, file)));
  for (const folder of PACKAGE_FOLDERS) {
    if (!existsSync(join(repo, folder))) continue;
    const names = readdirSync(join(repo, folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const name of names) {
      const file = `${folder}/${name}/README.md`;
      if (existsSync(join(repo, file))) found.push(file);
    }
  }
  return found;
}
