// The quickstart against a real local API (in memory, port 0): in-process with every response
// checked against openapi.yaml, and once through its entry file exactly as `npm run quickstart`
// runs it, dev token endpoint included.
import { type LocalApi, startLocalApi } from '@serverless-todo/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quickstart } from '../src/quickstart/walkthrough.ts';
import { checkedFetch } from './support/conformance.ts';
import { runEntry, runInProcess } from './support/run.ts';

let api: LocalApi;
beforeAll(async () => {
  api = await startLocalApi({ port: 0, memory: true, quiet: true });
});
afterAll(() => api?.stop());

describe('quickstart', () => {
  it('walks create, list, get, update with If-Match, delete, and leaves nothing behind', async () => {
    const checked = checkedFetch();
    const run = await runInProcess(quickstart, [], { API_URL: api.url, USER_ID: 'qs1' }, { fetch: checked.fetch });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const steps = run.stdout.split('\n').filter((line) => /^\d\. /.test(line));
    expect(steps.map((line) => line.split(/\s{2,}/)[0])).toEqual([
      '1. Create a task',
      '2. List your tasks',
      '3. Get it by id',
      '4. Mark it done',
      '5. Delete it',
      '6. Check it is gone',
    ]);
    expect(run.stdout).toContain('201 Created: "Learn AWS Lambda" [pending]');
    expect(run.stdout).toContain('If-Match: "1"');
    expect(run.stdout).toMatch(/200 OK: "Learn AWS Lambda" \[done\] .*version 2/);
    expect(run.stdout).toContain('204 No Content');
    expect(run.stdout).toContain('404 ');
    // create, list, get, update, delete, get → 6 responses, each as the contract documents.
    expect(checked.violations).toEqual([]);
    expect(checked.checked()).toBe(6);

    const after = checkedFetch();
    const res = await after.fetch(`${api.url}/users/qs1/tasks`, {
      headers: { authorization: `Bearer ${await api.token('qs1')}` },
    });
    expect(((await res.json()) as { tasks: unknown[] }).tasks).toEqual([]);
    expect(after.violations).toEqual([]);
  });

  it('runs from its entry file with only API_URL set (dev token for user123)', async () => {
    const run = await runEntry('quickstart', [], { API_URL: api.url });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Quickstart against ${api.url} as user123`);
    expect(run.stdout).toContain('6. Check it is gone');
  });
});
