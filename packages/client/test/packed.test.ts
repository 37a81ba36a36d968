// The published artifact as a user gets it: `pnpm pack`, `npm install` of the tarball in a
// scratch project outside the workspace, then ESM and CJS scripts against a loopback server
// and a strict TypeScript consumer. Needs dist/ (the test script builds it first).
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { typecheckConsumer } from '@serverless-todo/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractResponse, makeTask, REQUEST_ID, TASK_ID, taskResponse, USER } from './support/responses.ts';

// Asynchronous on purpose: the loopback server lives in this process and must keep answering.
const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));

let scratch = '';
let baseUrl = '';
const server = http.createServer(async (request, response) => {
  // Contract-checked answers, replayed onto the socket.
  const answer =
    request.url === '/hello'
      ? contractResponse('getHello', 200, { message: 'Hello from Lambda!', request_id: REQUEST_ID })
      : request.method === 'POST'
        ? taskResponse('createTask', makeTask({ title: request.headers.authorization ?? 'anonymous' }))
        : taskResponse('getTask', makeTask({ version: 4 }));
  response.writeHead(answer.status, Object.fromEntries(answer.headers)).end(await answer.text());
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  scratch = await mkdtemp(join(tmpdir(), 'todo-client-packed-'));
  await run('pnpm', ['pack', '--pack-destination', scratch], { cwd: packageDir });
  const tarball = (await readdir(scratch)).find((f) => f.endsWith('.tgz'))!;
  await writeFile(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`], { cwd: scratch });
}, 120_000);

afterAll(async () => {
  server.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const script = (load: string) => `${load}
const client = createTodoClient({ baseUrl: process.env.BASE_URL, token: () => 'packed' });
const hello = await client.hello();
const created = await client.tasks.create('${USER}', { title: 'x' });
const got = await client.tasks.get('${USER}', '${TASK_ID}');
const error = new TodoApiError(new Response(null, { status: 418 }), undefined);
console.log(JSON.stringify({ hello: hello.message, title: created.task.title, etag: got.etag, brand: isTodoApiError(error) }));
`;

describe('the packed tarball, installed with npm outside the workspace', () => {
  const expected = { hello: 'Hello from Lambda!', title: 'Bearer packed', etag: '"4"', brand: true };

  it('works from ESM', async () => {
    await writeFile(
      join(scratch, 'esm.mjs'),
      script("import { createTodoClient, TodoApiError, isTodoApiError } from '@serverless-todo/client';"),
    );
    const { stdout } = await run('node', ['esm.mjs'], { cwd: scratch, env: { ...process.env, BASE_URL: baseUrl } });
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it('loads the realtime entry from ESM and CJS, with asyncapi.yaml’s local server', async () => {
    const load = `const subscribe = typeof withRealtime(createTodoClient({ baseUrl: 'http://x' }), { url: 'ws://x' }).subscribe;
const { protocol, host, pathname } = realtimeServers.local;
console.log(subscribe, \`\${protocol}://\${host}\${pathname}\`);`;
    await writeFile(
      join(scratch, 'rt.mjs'),
      `import { createTodoClient } from '@serverless-todo/client';\nimport { realtimeServers, withRealtime } from '@serverless-todo/client/realtime';\n${load}`,
    );
    await writeFile(
      join(scratch, 'rt.cjs'),
      `const { createTodoClient } = require('@serverless-todo/client');\nconst { realtimeServers, withRealtime } = require('@serverless-todo/client/realtime');\n${load}`,
    );
    for (const file of ['rt.mjs', 'rt.cjs']) {
      const { stdout } = await run('node', [file], { cwd: scratch });
      expect(stdout.trim()).toBe('function ws://127.0.0.1:3000/realtime');
    }
  });

  it('works from CJS', async () => {
    const body = script(
      "const { createTodoClient, TodoApiError, isTodoApiError } = require('@serverless-todo/client');",
    );
    await writeFile(join(scratch, 'cjs.cjs'), `(async () => {\n${body}\n})();`);
    const { stdout } = await run('node', ['cjs.cjs'], { cwd: scratch, env: { ...process.env, BASE_URL: baseUrl } });
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it('type-checks a strict TypeScript consumer, library types included', async () => {
    const result = await typecheckConsumer(
      scratch,
      `import { createTodoClient, isTodoApiError, type Task, type TaskResult } from '@serverless-todo/client';
import { type ChangeEvent, InvalidRealtimeMessageError, withRealtime } from '@serverless-todo/client/realtime';
const client = createTodoClient({ baseUrl: 'http://127.0.0.1:3000', token: async () => 'jwt' });
export async function rename(taskId: string, title: string): Promise<Task> {
  const { etag }: TaskResult = await client.tasks.get('u1', taskId);
  try {
    return (await client.tasks.update('u1', taskId, { title }, { ifMatch: etag })).task;
  } catch (error) {
    if (isTodoApiError(error) && error.status === 412) return rename(taskId, title);
    throw error;
  }
}
// @ts-expect-error the contract requires a title
client.tasks.create('u1', {});
const live = withRealtime(client, { url: 'ws://127.0.0.1:3000/realtime' });
live.subscribe('u1', {
  onEvent: (event: ChangeEvent) => {
    if (event.type === 'task.updated') console.log(event.task.title, event.version);
  },
  onError: (error) => console.warn(error instanceof InvalidRealtimeMessageError ? error.errors : error.message),
  signal: AbortSignal.timeout(1000),
});
`,
    );
    expect(result).toEqual({ code: 0, output: '' });
  }, 60_000);
});
