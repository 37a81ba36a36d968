// The build from a copy of the template in a scratch directory: what it writes (where each
// CodeUri points, beside that template), what `make` (as `sam build` runs it) ships, and
// when isBuildStale says to rebuild.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type BuiltFunction, buildFunctions, FUNCTION_SOURCES, isBuildStale } from '../../build/index.ts';
import { templatePath } from '../../template-path.js';

const scratch = mkdtempSync(join(tmpdir(), 'lambda-build-'));
const template = join(scratch, 'template.yaml');
let built: BuiltFunction[];

beforeAll(async () => {
  copyFileSync(templatePath, template);
  expect(await isBuildStale({ template })).toBe(true); // nothing built yet
  built = await buildFunctions({ template });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('one bundle per template function, in its CodeUri, with a Makefile target named after its logical id', () => {
  expect(built.map((fn) => fn.logicalId)).toEqual(Object.keys(FUNCTION_SOURCES));
  for (const fn of built) {
    expect(fn.outfile).toBe(join(scratch, 'dist', fn.logicalId, 'index.mjs'));
    expect(readFileSync(join(dirname(fn.outfile), 'Makefile'), 'utf8')).toContain(`build-${fn.logicalId}:`);
    expect(fn.eagerBytes).toBeLessThanOrEqual(fn.totalBytes);
  }
});

test('only createTask has a lazily loaded idempotency chunk', () => {
  const chunks = (fn: BuiltFunction) => {
    const dir = join(dirname(fn.outfile), 'chunks');
    return existsSync(dir) ? readdirSync(dir) : [];
  };
  for (const fn of built) {
    const lazy = chunks(fn).some((name) => name.startsWith('create-task-once-'));
    expect(lazy, fn.logicalId).toBe(fn.operationId === 'createTask');
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
    const artifacts = join(scratch, `artifacts-${fn.logicalId}`);
    mkdirSync(artifacts, { recursive: true });
    execFileSync('make', ['-s', `build-${fn.logicalId}`, `ARTIFACTS_DIR=${artifacts}`], { cwd: dirname(fn.outfile) });
    expect(readFileSync(join(artifacts, 'index.mjs')).equals(readFileSync(fn.outfile))).toBe(true);
    expect(existsSync(join(artifacts, 'chunks'))).toBe(existsSync(join(dirname(fn.outfile), 'chunks')));
  }
});

test('isBuildStale: fresh after a build; stale when the template changes or an output is missing', async () => {
  expect(await isBuildStale({ template })).toBe(false);
  writeFileSync(template, `${readFileSync(template, 'utf8')}\n# edited\n`);
  expect(await isBuildStale({ template })).toBe(true);
  await buildFunctions({ template });
  expect(await isBuildStale({ template })).toBe(false);
  rmSync(join(scratch, 'dist', 'GetTaskFunction', 'index.mjs'));
  expect(await isBuildStale({ template })).toBe(true);
});

test('a template function missing from the manifest fails the build with one line naming it', async () => {
  const extra = join(scratch, 'extra.yaml');
  const text = readFileSync(template, 'utf8').replace(
    'Outputs:',
    [
      '  OrphanFunction:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      CodeUri: dist/OrphanFunction/',
      '      Handler: index.handler',
      '      Events:',
      '        Tick:',
      '          Type: Schedule',
      '          Properties:',
      '            Schedule: rate(1 hour)',
      '',
      'Outputs:',
    ].join('\n'),
  );
  writeFileSync(extra, text);
  await expect(buildFunctions({ template: extra })).rejects.toThrow(
    /^OrphanFunction: add its handler source to build\/manifest\.ts$/,
  );
});

test('the package build is fresh (the test script builds first)', async () => {
  expect(await isBuildStale()).toBe(false);
});
