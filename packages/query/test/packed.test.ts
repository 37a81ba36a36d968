// The published artifact as a user gets it: this package and the SDK packed with `pnpm pack`,
// installed with npm in a scratch project outside the workspace next to @tanstack/query-core
// alone (no React), then ESM and CJS scripts against a loopback server and a strict
// TypeScript consumer. Needs both dist/ folders (the test script builds this one first).
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { typecheckConsumer } from '@serverless-todo/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTask } from './support/tasks.ts';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const clientDir = join(require.resolve('@serverless-todo/client/package.json'), '..');
const queryCoreVersion = (require('@tanstack/query-core/package.json') as { version: string }).version;

// Two pages and the end, with the headers the API sends.
const PAGES: Record<string, { tasks: unknown[]; next_cursor: string | null }> = {
  '': { tasks: [makeTask('u1', 1)], next_cursor: 'c1' },
  c1: { tasks: [], next_cursor: 'c2' },
  c2: { tasks: [makeTask('u1', 2)], next_cursor: null },
};
const server = http.createServer((request, response) => {
  const cursor = new URL(request.url ?? '/', 'http://x').searchParams.get('cursor') ?? '';
  response
    .writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'r', 'cache-control': 'no-store' })
    .end(JSON.stringify(PAGES[cursor]));
});

let scratch = '';
let baseUrl = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  scratch = await mkdtemp(join(tmpdir(), 'todo-query-packed-'));
  for (const dir of [clientDir, packageDir]) await run('pnpm', ['pack', '--pack-destination', scratch], { cwd: dir });
  const tarballs = (await readdir(scratch)).filter((f) => f.endsWith('.tgz')).map((f) => `./${f}`);
  await writeFile(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs, `@tanstack/query-core@${queryCoreVersion}`],
    { cwd: scratch },
  );
}, 180_000);

afterAll(async () => {
  server.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const script = (load: string) => `${load}
const todo = todoQueries(createTodoClient({ baseUrl: process.env.BASE_URL, token: 'jwt' }), 'u1');
const queryClient = new QueryClient();
const data = await queryClient.fetchInfiniteQuery({ ...todo.taskList({}), pages: 5 });
console.log(JSON.stringify({
  titles: data.pages.flatMap((p) => p.tasks.map((t) => t.title)),
  pages: data.pages.length,
  key: todo.keys.list({ status: 'done' }),
  conflict: typeof TaskConflictError,
}));
`;

describe('the packed tarball, installed with npm outside the workspace with query-core alone', () => {
  const expected = {
    titles: ['Task 1', 'Task 2'],
    pages: 2,
    key: ['serverless-todo', 'u1', 'list', { status: 'done' }],
    conflict: 'function',
  };

  it('works from ESM', async () => {
    await writeFile(
      join(scratch, 'esm.mjs'),
      script(`import { createTodoClient } from '@serverless-todo/client';
import { todoQueries, TaskConflictError } from '@serverless-todo/query';
import { QueryClient } from '@tanstack/query-core';`),
    );
    const { stdout } = await run('node', ['esm.mjs'], { cwd: scratch, env: { ...process.env, BASE_URL: baseUrl } });
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it('works from CJS', async () => {
    const body = script(`const { createTodoClient } = require('@serverless-todo/client');
const { todoQueries, TaskConflictError } = require('@serverless-todo/query');
const { QueryClient } = require('@tanstack/query-core');`);
    await writeFile(join(scratch, 'cjs.cjs'), `(async () => {\n${body}\n})();`);
    const { stdout } = await run('node', ['cjs.cjs'], { cwd: scratch, env: { ...process.env, BASE_URL: baseUrl } });
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it('type-checks a strict TypeScript consumer, library types included', async () => {
    const result = await typecheckConsumer(
      scratch,
      `import { createTodoClient, type TaskResult } from '@serverless-todo/client';
import { isTaskConflictError, todoQueries, type TaskPages } from '@serverless-todo/query';
import { InfiniteQueryObserver, MutationObserver, QueryClient } from '@tanstack/query-core';
const queryClient = new QueryClient();
const todo = todoQueries(createTodoClient({ baseUrl: 'http://127.0.0.1:3000' }), 'u1');
const list = new InfiniteQueryObserver(queryClient, todo.taskList({ status: 'pending' }));
export const pages: TaskPages | undefined = list.getCurrentResult().data;
export const cached: TaskResult | undefined = queryClient.getQueryData(todo.keys.task('t'));
const update = new MutationObserver(queryClient, todo.updateTask(queryClient));
update.mutate({ taskId: 't', patch: { status: 'done' } }).catch((error: unknown) => {
  if (isTaskConflictError(error)) console.log(error.current?.task.title);
});
// @ts-expect-error the contract requires a title
new MutationObserver(queryClient, todo.createTask(queryClient)).mutate({});
`,
    );
    expect(result).toEqual({ code: 0, output: '' });
  }, 60_000);
});
