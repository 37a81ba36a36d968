// The build into a scratch directory: what it writes, what `make` (as `sam build` runs it)
// ships, and when isBuildStale says to rebuild.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type BuiltFunction, buildFunctions, isBuildStale } from '../../build/index.ts';
import { templatePath } from '../../template-path.js';

const scratch = mkdtempSync(join(tmpdir(), 'lambda-build-'));
const outdir = join(scratch, 'dist');
const template = join(scratch, 'template.yaml');
let built: BuiltFunction[];

beforeAll(async () => {
  writeFileSync(template, readFileSync(templatePath));
  expect(await isBuildStale({ outdir, template })).toBe(true); // nothing built yet
  built = await buildFunctions({ outdir, template });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('one entry per template function, with a Makefile target named after its logical id', () => {
  expect(built.map((fn) => fn.operationId)).toEqual([
    'getHello',
    'createTask',
    'listTasks',
    'getTask',
    'updateTask',
    'deleteTask',
  ]);
  for (const fn of built) {
    expect(fn.outfile).toBe(join(outdir, fn.operationId, 'index.mjs'));
    expect(readFileSync(join(outdir, fn.operationId, 'Makefile'), 'utf8')).toContain(`build-${fn.logicalId}:`);
    expect(fn.eagerBytes).toBeLessThanOrEqual(fn.totalBytes);
  }
});

test('only createTask has a lazily loaded idempotency chunk', () => {
  const chunks = (operationId: string) => {
    const dir = join(outdir, operationId, 'chunks');
    return existsSync(dir) ? readdirSync(dir) : [];
  };
  expect(chunks('createTask').some((name) => name.startsWith('create-task-once-'))).toBe(true);
  for (const fn of built.filter((f) => f.operationId !== 'createTask')) {
    expect(chunks(fn.operationId).some((name) => name.startsWith('create-task-once-'))).toBe(false);
  }
});

const hasMake = (() => {
  try {
    execFileSync('make', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

test.skipIf(!hasMake)('make build-<LogicalId> (what sam build runs) ships index.mjs and its chunks', () => {
  for (const fn of built) {
    const artifacts = join(scratch, `artifacts-${fn.operationId}`);
    mkdirSync(artifacts, { recursive: true });
    execFileSync('make', ['-s', `build-${fn.logicalId}`, `ARTIFACTS_DIR=${artifacts}`], {
      cwd: join(outdir, fn.operationId),
    });
    expect(readFileSync(join(artifacts, 'index.mjs')).equals(readFileSync(fn.outfile))).toBe(true);
    expect(existsSync(join(artifacts, 'chunks'))).toBe(existsSync(join(outdir, fn.operationId, 'chunks')));
  }
});

test('isBuildStale: fresh after a build; stale when the template changes or an output is missing', async () => {
  expect(await isBuildStale({ outdir, template })).toBe(false);
  writeFileSync(template, `${readFileSync(template, 'utf8')}\n# edited\n`);
  expect(await isBuildStale({ outdir, template })).toBe(true);
  await buildFunctions({ outdir, template });
  expect(await isBuildStale({ outdir, template })).toBe(false);
  rmSync(join(outdir, 'getTask', 'index.mjs'));
  expect(await isBuildStale({ outdir, template })).toBe(true);
});

test('the package build is fresh (the test script builds first)', async () => {
  expect(await isBuildStale()).toBe(false);
});
