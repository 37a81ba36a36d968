// The suite runs what users run: the mock's built entry (its package exports point at dist)
// and the Lambda bundles the local API loads. Build either when missing or stale, so a
// fresh clone's `pnpm --filter @serverless-todo/contract-tests test` works on its own.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildFunctions, isBuildStale } from '@serverless-todo/lambda/build';

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

function mockIsStale(): boolean {
  const root = dirname(createRequire(import.meta.url).resolve('@serverless-todo/mock/package.json'));
  const built = join(root, 'dist', 'index.js');
  return !existsSync(built) || newest(join(root, 'src')) > statSync(built).mtimeMs;
}

export default async function setup(): Promise<void> {
  if (mockIsStale()) {
    console.log('[contract-tests] building @serverless-todo/mock (dist missing or stale)…');
    execFileSync('pnpm', ['--filter', '@serverless-todo/mock', 'build'], { stdio: 'inherit' });
  }
  if (await isBuildStale()) {
    console.log('[contract-tests] building the Lambda bundles (missing or stale)…');
    await buildFunctions();
  }
}
