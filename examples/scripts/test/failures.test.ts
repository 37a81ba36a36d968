// How each script fails: one line and exit 1 when the API is away or refuses the token; the
// message plus usage and exit 2 for bad flags (before any request is made).
import { createServer, type Server } from 'node:http';
import { type LocalApi, startLocalApi } from '@serverless-todo/local';
import { freePort as closedPort } from '@serverless-todo/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTasks } from '../src/export/run-export.ts';
import { importTasks } from '../src/import/run-import.ts';
import type { Script } from '../src/lib/context.ts';
import { quickstart } from '../src/quickstart/walkthrough.ts';
import { checkedFetch } from './support/conformance.ts';
import { runEntry, runInProcess } from './support/run.ts';

let api: LocalApi;
let dead: string;
let notLocal: Server;
let notLocalUrl: string;
beforeAll(async () => {
  api = await startLocalApi({ port: 0, memory: true, quiet: true });
  dead = `http://127.0.0.1:${await closedPort()}`;
  // An HTTP server that is not the local API: no dev token endpoint.
  notLocal = createServer((_req, res) => res.writeHead(404).end('not here'));
  await new Promise<void>((resolve) => notLocal.listen(0, '127.0.0.1', resolve));
  notLocalUrl = `http://127.0.0.1:${(notLocal.address() as import('node:net').AddressInfo).port}`;
});
afterAll(async () => {
  await api?.stop();
  await new Promise((resolve) => notLocal?.close(resolve));
});

const SCRIPTS: [string, Script][] = [
  ['quickstart', quickstart],
  ['import', importTasks],
  ['export', exportTasks],
];

describe.each(SCRIPTS)('%s', (_name, script) => {
  it.each([
    [
      'the API is unreachable',
      () => ({ API_URL: dead }),
      /^error: cannot reach the API at .* \(ECONNREFUSED\) — start it with `npm start`$/,
    ],
    [
      'the token is not a token',
      () => ({ API_URL: api.url, API_TOKEN: 'not-a-jwt' }),
      /^error: the API at .* rejected the token \(401 .*\) — set API_TOKEN/,
    ],
    [
      'the token is for another user',
      async () => ({ API_URL: api.url, API_TOKEN: await api.token('alice'), USER_ID: 'bob' }),
      /^error: .* rejected the token \(403 .*\) — the token is not for user bob/,
    ],
    [
      'the API has no dev token endpoint',
      () => ({ API_URL: notLocalUrl }),
      /^error: no dev token at .*\/_local\/token\?sub=user123 \(HTTP 404\)/,
    ],
    [
      'API_URL is not a URL',
      () => ({ API_URL: 'localhost:3000' }),
      /^error: API_URL must be an absolute http\(s\) URL/,
    ],
  ])('exits 1 with one line when %s', async (_case, makeEnv, line) => {
    const checked = checkedFetch();
    const run = await runInProcess(script, [], await makeEnv(), { fetch: checked.fetch });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toEqual([expect.stringMatching(line), '']);
    expect(checked.violations).toEqual([]);
  });
});

describe('bad flags: the reason, the usage, exit 2, no request', () => {
  it.each([
    ['quickstart', quickstart, ['--verbose']],
    ['import', importTasks, ['--concurrency', '0']],
    ['import', importTasks, ['--concurrency', 'many']],
    ['import', importTasks, ['--format', 'xml', 'tasks.txt']],
    ['import', importTasks, ['tasks.txt']],
    ['import', importTasks, ['a.csv', 'b.csv']],
    ['import', importTasks, ['--bogus']],
    ['export', exportTasks, ['--status', 'later']],
    ['export', exportTasks, ['--format', 'yaml']],
    ['export', exportTasks, ['--out']],
    ['export', exportTasks, ['tasks.json']],
  ] as [string, Script, string[]][])('%s %j', async (name, script, argv) => {
    const run = await runInProcess(script, argv, { API_URL: dead });
    expect(run.code).toBe(2);
    const [reason, usage] = run.stderr.split('\n');
    expect(reason).toMatch(/^error: \S/);
    expect(usage).toMatch(new RegExp(`^usage: npm run (-s )?${name}\\b`));
    expect(run.stdout).toBe('');
  });

  it.each([
    ['quickstart', quickstart, '--help'],
    ['quickstart', quickstart, '-h'],
    ['import', importTasks, '--help'],
    ['export', exportTasks, '--help'],
  ] as [string, Script, string][])('%s %s prints the usage and exits 0', async (name, script, flag) => {
    const run = await runInProcess(script, [flag], { API_URL: dead });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(new RegExp(`^usage: npm run (-s )?${name} `));
  });
});

describe('through the entry files', () => {
  it.each([
    ['quickstart', [], 1],
    ['import', [], 1],
    ['export', ['--format', 'yaml'], 2],
  ] as [string, string[], number][])('%s %j exits %i with the reason on stderr', async (name, argv, code) => {
    const run = await runEntry(name, argv, { API_URL: dead });
    expect(run.code).toBe(code);
    const [reason, next] = run.stderr.split('\n');
    expect(reason).toMatch(/^error: /);
    // Exit 1: that one line only. Exit 2: the usage follows.
    expect(next).toBe(code === 1 ? '' : `usage: npm run -s ${name} -- [--format json|csv] [--out FILE] [--status S]`);
  });
});
