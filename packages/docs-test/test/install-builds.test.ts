// The set-up command prints no "Ignored build scripts … Run pnpm approve-builds" box: every
// installed package with a build script is either allowed or ignored by name in
// pnpm-workspace.yaml, under both pnpm 10's keys and pnpm 11's allowBuilds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from '../src/workspace.ts';

/** What pnpm counts as a build: an install-time script, or a binding.gyp (node-gyp's default). */
function hasBuild(dir: string): boolean {
  try {
    const scripts = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts?: object }).scripts ?? {};
    return (
      ['preinstall', 'install', 'postinstall'].some((name) => name in scripts) || existsSync(join(dir, 'binding.gyp'))
    );
  } catch {
    return false;
  }
}

/** Names of the installed packages (node_modules/.pnpm/<id>/node_modules/<name>) that build. */
function packagesWithBuilds(): string[] {
  const store = join(REPO, 'node_modules', '.pnpm');
  const names = new Set<string>();
  for (const id of readdirSync(store)) {
    const modules = join(store, id, 'node_modules');
    if (!existsSync(modules)) continue;
    for (const entry of readdirSync(modules)) {
      const scoped = entry.startsWith('@') ? readdirSync(join(modules, entry)).map((n) => `${entry}/${n}`) : [entry];
      for (const name of scoped) if (hasBuild(join(modules, name))) names.add(name);
    }
  }
  return [...names].sort();
}

it('every package with a build script is named in pnpm-workspace.yaml, for pnpm 10 and 11', () => {
  const workspace = parse(readFileSync(join(REPO, 'pnpm-workspace.yaml'), 'utf8')) as {
    onlyBuiltDependencies?: string[];
    ignoredBuiltDependencies?: string[];
    allowBuilds?: Record<string, boolean>;
  };
  const building = packagesWithBuilds();
  expect(building).toContain('esbuild'); // else this scan finds nothing and proves nothing
  const pnpm10 = new Set([...(workspace.onlyBuiltDependencies ?? []), ...(workspace.ignoredBuiltDependencies ?? [])]);
  expect(building.filter((name) => !pnpm10.has(name))).toEqual([]);
  expect(building.filter((name) => !(name in (workspace.allowBuilds ?? {})))).toEqual([]);
});
