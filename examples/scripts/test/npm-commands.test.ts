// The documented commands themselves, through npm and pnpm as a user types them: what lands
// in a redirected stdout is the export and nothing else (no npm or pnpm banner), and a
// relative --out means the folder the command was typed in.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTodoClient } from '@serverless-todo/client';
import { type LocalApi, startLocalApi } from '@serverless-todo/local';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../src/export/writers.ts';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
let api: LocalApi;
let dir: string;
beforeAll(async () => {
  api = await startLocalApi({ port: 0, memory: true, quiet: true });
  const client = createTodoClient({ baseUrl: api.url, token: await api.token('user123') });
  for (const title of ['one, with a comma', 'two "quoted"']) await client.tasks.create('user123', { title });
  // Inside the repository, so that npm finds the root package.json from here.
  await mkdir(join(REPO, 'node_modules', '.cache'), { recursive: true });
  dir = await mkdtemp(join(REPO, 'node_modules', '.cache', 'npm-commands-'));
});
afterAll(async () => {
  await api?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

// As in a user's shell: npm sets INIT_CWD itself, and the test runner's own one must not leak.
const withoutInitCwd = () => {
  const { INIT_CWD: _, ...env } = process.env;
  return env;
};

/** Runs `command` in a shell in `dir`, as typed; bounded by the test's timeout. */
const sh = (command: string) =>
  new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn('sh', ['-c', command], {
      cwd: dir,
      env: { ...withoutInitCwd(), API_URL: api.url },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });

it('npm run -s export > tasks.json writes valid JSON, nothing else', async () => {
  const run = await sh('npm run -s export > tasks.json');
  expect(run).toMatchObject({ code: 0 });
  const tasks = JSON.parse(await readFile(join(dir, 'tasks.json'), 'utf8')) as { title: string }[];
  expect(tasks.map((task) => task.title).sort()).toEqual(['one, with a comma', 'two "quoted"']);
});

it('npm run -s export -- --format csv > tasks.csv writes the header and one record per task', async () => {
  const run = await sh('npm run -s export -- --format csv > tasks.csv');
  expect(run).toMatchObject({ code: 0 });
  const lines = (await readFile(join(dir, 'tasks.csv'), 'utf8')).trimEnd().split('\r\n');
  expect(lines[0]).toBe(CSV_COLUMNS.join(','));
  expect(lines).toHaveLength(3);
});

it('npm run export -- --out out.json writes into the folder the command was typed in', async () => {
  const run = await sh('npm run export -- --out out.json');
  expect(run.code).toBe(0);
  expect(JSON.parse(await readFile(join(dir, 'out.json'), 'utf8'))).toHaveLength(2);
});
