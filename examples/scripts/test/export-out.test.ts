// `export --out` into a place that cannot take the file: one line, exit 1, no request sent,
// nothing left behind. And an export that fails after the file was opened leaves no file.
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FetchFunction } from '@serverless-todo/client';
import { freePort as closedPort } from '@serverless-todo/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTasks } from '../src/export/run-export.ts';
import { runInProcess } from './support/run.ts';

let dir: string;
let dead: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-out-'));
  dead = `http://127.0.0.1:${await closedPort()}`;
  await writeFile(join(dir, 'a-file.txt'), 'not a folder');
  await mkdir(join(dir, 'locked'));
  await chmod(join(dir, 'locked'), 0o555);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A fetch that records every call and never answers: any call at all fails the case. */
const countingFetch = () => {
  const calls: string[] = [];
  const fetch: FetchFunction = async (input) => {
    calls.push(String(input instanceof Request ? input.url : input));
    throw new TypeError('fetch failed');
  };
  return { calls, fetch };
};

// Root ignores file modes, so there the unwritable place is sysfs, where nobody creates files.
const unwritable = () =>
  process.getuid?.() === 0 ? '/sys/serverless-todo-export.json' : join(dir, 'locked', 'x.json');

describe('export --out that cannot be written', () => {
  it.each([
    [
      'into a folder that does not exist',
      () => join(dir, 'missing', 'dir', 'x.json'),
      /: the folder .*missing\/dir does not exist; create it first$/,
    ],
    ['into a path that is a folder', () => dir, /: it is a folder; give a file name, such as .*\/tasks\.json$/],
    ['below a file', () => join(dir, 'a-file.txt', 'x.json'), /: .*a-file\.txt is not a folder$/],
    ['where nobody may write', unwritable, /: permission denied \(EACCES\)$/],
  ])('%s: one line, exit 1, no request, no file', async (_case, out, reason) => {
    const before = await readdir(dir);
    const counting = countingFetch();
    const run = await runInProcess(exportTasks, ['--out', out()], { API_URL: dead }, { fetch: counting.fetch });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toEqual([expect.stringMatching(/^error: cannot write /), '']);
    expect(run.stderr.trimEnd()).toMatch(reason);
    expect(counting.calls).toEqual([]);
    expect(await readdir(dir)).toEqual(before);
  });

  it('an export that fails after opening the file leaves neither the file nor its temporary', async () => {
    const out = join(dir, 'never.json');
    const run = await runInProcess(exportTasks, ['--out', out], { API_URL: dead });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: cannot reach the API/);
    expect((await readdir(dir)).filter((name) => name.startsWith('never'))).toEqual([]);
  });
});
