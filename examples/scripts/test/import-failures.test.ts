// Rows the API rejects, files that cannot be read, and an import cut off mid-way: each
// reported with its reason; a rerun after the cut creates only what was missing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FetchFunction } from '@serverless-todo/client';
import { type LocalApi, startLocalApi } from '@serverless-todo/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTasks } from '../src/import/run-import.ts';
import { checkedFetch } from './support/conformance.ts';
import { runInProcess } from './support/run.ts';

let api: LocalApi;
let dir: string;
beforeAll(async () => {
  api = await startLocalApi({ port: 0, memory: true, quiet: true });
  dir = await mkdtemp(join(tmpdir(), 'import-'));
});
afterAll(async () => {
  await api?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const file = async (name: string, content: string) => {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
};

describe('import', () => {
  it('creates the good rows and lists each bad one with the API’s reason', async () => {
    const rows = [
      { title: 'good one' },
      { title: '' },
      { title: 'typo', colour: 'red' },
      'just a string',
      { title: 'later', status: 'later' },
      // An exported task: the server-owned fields are dropped, the rest is created.
      { title: 'good two', task_id: '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70', version: 3, created_at: 'x' },
    ];
    const checked = checkedFetch();
    const env = { API_URL: api.url, USER_ID: 'rows' };
    const run = await runInProcess(importTasks, [await file('rows.json', JSON.stringify(rows))], env, {
      fetch: checked.fetch,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/created: +2\n/);
    expect(run.stdout).toMatch(/failed: +4\n/);
    const reasons = run.stdout.split('\n').filter((line) => line.startsWith('    row '));
    expect(reasons).toEqual([
      expect.stringMatching(/^ {4}row 2: 400 .* \/title: must be at least 1 character$/),
      expect.stringMatching(/^ {4}row 3: 400 .*\/colour/),
      '    row 4: not an object with a title',
      expect.stringMatching(/^ {4}row 5: 400 .*\/status/),
    ]);
    expect(checked.violations).toEqual([]);
  });

  it('names the CSV line of a bad row', async () => {
    const csv = 'title,description\r\nfine,"two\nlines"\r\n,empty title\r\n';
    const run = await runInProcess(importTasks, [await file('bad.csv', csv)], { API_URL: api.url, USER_ID: 'csv' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/ {4}row 2 \(line 4\): 400 .*\/title/);
  });

  it.each([
    ['a missing file', 'missing.json', null, /^error: cannot import .*missing\.json: ENOENT$/],
    ['invalid JSON', 'broken.json', '[{"title": ', /^error: cannot import .*broken\.json: not valid JSON/],
    ['JSON that is not a list', 'object.json', '{"title": "x"}', /^error: cannot import .*: expected a JSON array/],
    [
      'CSV with a ragged row',
      'ragged.csv',
      'title,status\nx,pending,extra\n',
      /^error: cannot import .*: not valid CSV/,
    ],
  ])('stops with one line on %s, before any request', async (_name, name, content, line) => {
    const path = content === null ? join(dir, name) : await file(name, content);
    const run = await runInProcess(importTasks, [path], { API_URL: 'http://127.0.0.1:9' });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toEqual([expect.stringMatching(line), '']);
  });

  it('stops sending when the API goes away, and a rerun finishes without duplicates', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ title: `task ${i + 1}` }));
    const path = await file('forty.json', JSON.stringify(rows));
    const env = { API_URL: api.url, USER_ID: 'cut' };
    // The network "fails" after 5 creates: every later POST rejects like a dropped connection.
    let creates = 0;
    const flaky: FetchFunction = async (input, init) => {
      if (init?.method === 'POST' && ++creates > 5) {
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) });
      }
      return globalThis.fetch(input, init);
    };
    const cut = await runInProcess(importTasks, [path, '--concurrency', '1'], env, {
      fetch: checkedFetch(flaky).fetch,
    });
    expect(cut.code).toBe(1);
    expect(cut.stdout).toMatch(/created: +5\n/);
    expect(cut.stdout).toMatch(/failed: +35\n/);
    expect(cut.stdout).toContain('34 row(s) not sent: stopped because cannot reach the API');
    expect(cut.stdout).toContain('Rerun the same command to finish');

    const checked = checkedFetch();
    const rerun = await runInProcess(importTasks, [path], env, { fetch: checked.fetch });
    expect(rerun.code, rerun.stdout).toBe(0);
    expect(rerun.stdout).toMatch(/created: +35\n {2}replayed: +5 /);
    expect(checked.violations).toEqual([]);
  });
});
