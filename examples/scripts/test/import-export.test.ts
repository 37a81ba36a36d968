// The acceptance run: import the 1,000-task sample, import it again (0 new tasks),
// export (1,000 tasks). Against a real local API, every response checked against the
// contract, every exported task checked against the Task schema. Durations are printed, not
// asserted: speed belongs to `npm run bench`.
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conformanceErrors } from '@serverless-todo/contract/responses';
import { type LocalApi, startLocalApi } from '@serverless-todo/local';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTasks } from '../src/export/run-export.ts';
import { SAMPLE_FILE } from '../src/import/args.ts';
import { importTasks } from '../src/import/run-import.ts';
import { checkedFetch } from './support/conformance.ts';
import { runInProcess } from './support/run.ts';

const USER = 'importer';
let api: LocalApi;
const checked = checkedFetch();
const env = () => ({ API_URL: api.url, USER_ID: USER });
const timings: string[] = [];

beforeAll(async () => {
  api = await startLocalApi({ port: 0, memory: true, quiet: true });
});
afterAll(async () => {
  await api?.stop();
  console.log(`scripts e2e timings: ${timings.join(', ')}`);
});

const counts = (summary: string) => ({
  created: Number(/created: +(\d+)/.exec(summary)?.[1]),
  replayed: Number(/replayed: +(\d+)/.exec(summary)?.[1]),
  failed: Number(/failed: +(\d+)/.exec(summary)?.[1]),
});

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  timings.push(`${label} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

// The Task schema, through the contract's response validator of getTask (body errors only:
// a file has no headers).
const taskSchemaErrors = (task: unknown) =>
  conformanceErrors('getTask', { status: 200, headers: { 'content-type': 'application/json' }, body: task }).filter(
    (e) => e.startsWith('body'),
  );

describe.sequential('import, rerun, export of the 1,000-task sample', () => {
  it('imports every row of the sample', async () => {
    const run = await timed('import', () => runInProcess(importTasks, [], env(), { fetch: checked.fetch }));
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(counts(run.stdout)).toEqual({ created: 1000, replayed: 0, failed: 0 });
    // Not a terminal: ten plain progress lines, the last at 1000/1000.
    const progress = run.stderr.split('\n').filter((line) => line.startsWith('progress: '));
    expect(progress).toHaveLength(10);
    expect(progress.at(-1)).toContain('1000/1000');
  });

  it('creates nothing on a rerun: every row is replayed by its idempotency key', async () => {
    const run = await timed('rerun', () => runInProcess(importTasks, [], env(), { fetch: checked.fetch }));
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(counts(run.stdout)).toEqual({ created: 0, replayed: 1000, failed: 0 });
  });

  it('exports the 1,000 tasks as JSON, each a valid Task with the sample content', async () => {
    const run = await timed('export json', () => runInProcess(exportTasks, [], env(), { fetch: checked.fetch }));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(`exported 1000 task(s) of ${USER} as json to stdout\n`);
    const tasks = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(tasks).toHaveLength(1000);
    expect(tasks.flatMap(taskSchemaErrors)).toEqual([]);
    expect(new Set(tasks.map((t) => t.task_id)).size).toBe(1000);

    // Same content as the sample, as a multiset (the API lists in task_id order).
    const sample = parse(await readFile(SAMPLE_FILE, 'utf8'), { columns: true }) as Record<string, string>[];
    const key = (t: Record<string, unknown>) =>
      JSON.stringify([t.title, t.description, t.status, t.due_date === '' ? null : t.due_date]);
    expect(tasks.map(key).sort()).toEqual(sample.map(key).sort());
  });

  it('exports CSV to a file that csv-parse reads back as the same 1,000 tasks', async () => {
    const out = join(tmpdir(), `export-${process.pid}.csv`);
    const run = await runInProcess(exportTasks, ['--out', out], env(), { fetch: checked.fetch });
    expect(run.code, run.stderr).toBe(0);
    const records = parse(await readFile(out, 'utf8'), { columns: true }) as Record<string, string>[];
    await rm(out);
    expect(records).toHaveLength(1000);
    const typed = records.map((r) => ({ ...r, version: Number(r.version), due_date: r.due_date || null }));
    expect(typed.flatMap(taskSchemaErrors)).toEqual([]);
  });

  it('saw only responses that conform to openapi.yaml', () => {
    expect(checked.violations).toEqual([]);
    // 2 × (pre-import listing + 1,000 creates) + 2 exports of 10 pages each, at the least.
    expect(checked.checked()).toBeGreaterThanOrEqual(2020);
  });
});
