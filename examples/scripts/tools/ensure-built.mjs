// The published workspace packages are imported from their dist/, which a fresh clone does not
// have yet. Every script of this example runs this first: it builds the missing ones once
// (a second or two), then costs only a file check.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const PACKAGES = ['@serverless-todo/client'];

const require = createRequire(import.meta.url);
const missing = PACKAGES.filter(
  (name) => !existsSync(join(dirname(require.resolve(`${name}/package.json`)), 'dist', 'index.js')),
);
if (missing.length > 0) {
  process.stderr.write(`building ${missing.join(', ')} (its dist/ is missing: a fresh clone)\n`);
  // Under `pnpm run`, npm_execpath is the running pnpm; `pnpm` on PATH otherwise.
  const pnpm = process.env.npm_execpath;
  const args = [...missing.flatMap((name) => ['--filter', name]), 'run', 'build'];
  execFileSync(pnpm ? process.execPath : 'pnpm', pnpm ? [pnpm, ...args] : args, {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
