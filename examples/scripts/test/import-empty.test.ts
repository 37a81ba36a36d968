// An import file without a single row says so and exits 1, before any request.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FetchFunction } from '@serverless-todo/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importTasks } from '../src/import/run-import.ts';
import { runInProcess } from './support/run.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-empty-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it.each([
  ['an empty CSV file', 'empty.csv', ''],
  ['a CSV file with only its header', 'header.csv', 'title,description,status,due_date\r\n'],
  ['a CSV file of blank lines', 'blank.csv', '\n\n\n'],
  ['an empty JSON array', 'empty.json', '[]'],
  ['a JSON object with no tasks', 'none.json', '{ "tasks": [] }'],
])('%s: "no rows in FILE", exit 1, no request', async (_case, name, content) => {
  await writeFile(join(dir, name), content);
  const calls: unknown[] = [];
  const fetch: FetchFunction = async (input) => {
    calls.push(input);
    throw new TypeError('fetch failed');
  };
  const run = await runInProcess(importTasks, [name], { API_URL: 'http://127.0.0.1:9' }, { fetch, cwd: dir });
  expect(run).toEqual({ code: 1, stdout: '', stderr: `error: no rows in ${name}\n` });
  expect(calls).toEqual([]);
});
