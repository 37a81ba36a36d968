// A static check of every npm and pnpm command in the docs, run ones and skipped ones alike:
// the script it names must exist in the package it names, and must not be shadowed by one
// of pnpm's own commands (`pnpm --filter X import` runs pnpm's import, never the script).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** pnpm commands that win over a script of the same name (pnpm 10). */
const PNPM_BUILTINS = new Set(
  'add audit bin config create dedupe deploy dlx doctor env exec fetch i import init install licenses link list ls outdated pack patch prune publish rebuild remove rm root server setup store unlink up update why approve-builds ignored-builds'.split(
    ' ',
  ),
);
/** npm commands a doc may use that are not scripts. */
const NPM_BUILTINS = new Set(['install', 'i', 'ci', 'exec', 'view', 'init']);

export type Scripts = Record<string, string>;

/** The scripts of every workspace package by name, and of the root as ''. */
export function workspaceScripts(repo: string, packageDirs: readonly string[]): Map<string, Scripts> {
  const byName = new Map<string, Scripts>();
  for (const dir of ['', ...packageDirs]) {
    try {
      const manifest = JSON.parse(readFileSync(join(repo, dir, 'package.json'), 'utf8')) as {
        name?: string;
        scripts?: Scripts;
      };
      byName.set(dir === '' ? '' : String(manifest.name), manifest.scripts ?? {});
    } catch {
      // a folder without package.json is no package
    }
  }
  return byName;
}

/**
 * What is wrong with `command`'s use of npm or pnpm scripts, or null when nothing is (or it
 * runs neither). Only the first command of a `&&`/`;`/`|` chain part is looked at per part.
 *
 * @example
 * ```ts
 * scriptProblem('npx pnpm --filter @example/scripts import', scripts);
 * // 'pnpm --filter @example/scripts import runs pnpm\'s own "import", not the script: write "run import"'
 * ```
 */
export function scriptProblem(command: string, scripts: ReadonlyMap<string, Scripts>): string | null {
  for (const part of command.split(/&&|\|\||;|\|/)) {
    const words = part
      .trim()
      .split(/\s+/)
      .filter((word) => !/^[A-Z_]+=/.test(word));
    const problem =
      words[0] === 'npm' ? npmProblem(words, scripts) : words[0] === 'npx' ? npxProblem(words, scripts) : null;
    if (problem) return problem;
  }
  return null;
}

function npmProblem(words: string[], scripts: ReadonlyMap<string, Scripts>): string | null {
  const args = words.slice(1).filter((word) => word !== '-s' && word !== '--silent');
  const [verb, name] = args;
  const root = scripts.get('') ?? {};
  if (verb === 'start' || verb === 'test')
    return verb in root ? null : `npm ${verb}: the root package.json has no "${verb}" script`;
  if (verb === 'run' || verb === 'run-script') {
    // `npm run <script>` in prose is a placeholder: nothing to look up.
    if (!name || name.startsWith('-') || name.startsWith('<')) return null;
    return name in root ? null : `npm run ${name}: the root package.json has no "${name}" script`;
  }
  return verb === undefined || NPM_BUILTINS.has(verb)
    ? null
    : `npm ${verb}: not a script command (write npm run ${verb})`;
}

function npxProblem(words: string[], scripts: ReadonlyMap<string, Scripts>): string | null {
  if (words[1] !== 'pnpm') return null;
  const args = words.slice(2).filter((word) => word !== '--silent' && word !== '-s');
  const at = args.indexOf('--filter');
  if (at === -1) return null;
  const pkg = args[at + 1] as string;
  if (pkg.startsWith('<')) return null; // `--filter <package>`: a placeholder
  const rest = args.slice(at + 2);
  const own = scripts.get(pkg);
  if (!own) return `pnpm --filter ${pkg}: no workspace package of that name`;
  const [verb, name] = rest;
  if (verb === undefined) return null;
  if (verb === 'run') return name && name in own ? null : `pnpm --filter ${pkg} run ${name}: ${pkg} has no such script`;
  if (verb === 'exec') return null;
  if (PNPM_BUILTINS.has(verb)) {
    return `pnpm --filter ${pkg} ${verb} runs pnpm's own "${verb}", not the script: write "run ${verb}"`;
  }
  return verb in own ? null : `pnpm --filter ${pkg} ${verb}: ${pkg} has no "${verb}" script`;
}
