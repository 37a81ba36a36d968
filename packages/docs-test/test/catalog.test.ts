// Each dependency has one version in the whole workspace: pnpm-workspace.yaml's catalog.
// Every package.json names its dependencies as `catalog:` (or `workspace:` for our own), so
// a version bump is one line and two packages cannot drift apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from '../src/workspace.ts';

interface Manifest {
  readonly name: string;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
}

const manifests = [
  '.',
  ...['packages', 'examples'].flatMap((dir) => readdirSync(join(REPO, dir)).map((name) => `${dir}/${name}`)),
  'bench',
]
  .map((dir) => {
    try {
      return JSON.parse(readFileSync(join(REPO, dir, 'package.json'), 'utf8')) as Manifest;
    } catch {
      return null;
    }
  })
  .filter((manifest): manifest is Manifest => manifest !== null);

const catalog =
  (parse(readFileSync(join(REPO, 'pnpm-workspace.yaml'), 'utf8')) as { catalog?: Record<string, string> }).catalog ??
  {};

it('every dependency of every package comes from the catalog (or the workspace)', () => {
  expect(manifests.length).toBeGreaterThan(10);
  const pinnedElsewhere = manifests.flatMap((m) =>
    [...Object.entries(m.dependencies ?? {}), ...Object.entries(m.devDependencies ?? {})]
      .filter(([, spec]) => spec !== 'catalog:' && !spec.startsWith('workspace:'))
      .map(([dep, spec]) => `${m.name}: ${dep}@${spec}`),
  );
  expect(pinnedElsewhere).toEqual([]);
});

it('the catalog names exactly the dependencies in use, each at one exact version', () => {
  const used = new Set(
    manifests.flatMap((m) =>
      [...Object.entries(m.dependencies ?? {}), ...Object.entries(m.devDependencies ?? {})]
        .filter(([, spec]) => spec === 'catalog:')
        .map(([dep]) => dep),
    ),
  );
  expect(Object.keys(catalog).sort()).toEqual([...used].sort());
  for (const [dep, version] of Object.entries(catalog)) expect(String(version), dep).toMatch(/^\d+\.\d+\.\d+$/);
});
