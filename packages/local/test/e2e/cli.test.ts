// The commands a user types: `npm start` (serverless-todo-local) and `npm run -s token`.
import { createServer } from 'node:net';
import type { Task, TaskList } from '@serverless-todo/contract';
import { assertConforms } from '@serverless-todo/contract/responses';
import { afterAll, describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/args.ts';
import { startCli, waitForOutput } from '../support/cli.ts';
import { tempDir } from '../support/fixture-api.ts';
import { bearer, send } from '../support/http.ts';

const data = tempDir();
afterAll(data.remove);

/** Starts the CLI on a free port with the test's data dir and returns its URL and token. */
async function startServer(extra: string[] = []) {
  const run = startCli('serverless-todo-local', ['--port', '0', '--data-dir', data.dir, ...extra]);
  const [, url] = await waitForOutput(run, /API {3}(http:\/\/127\.0\.0\.1:\d+)/);
  const [, token] = await waitForOutput(run, /export TOKEN='([^']+)'/);
  await waitForOutput(run, /Ctrl-C stops it/);
  return { run, url: url as string, token: token as string };
}

describe('serverless-todo-local', () => {
  it('prints the URLs, a token and the curl; serves the design flow; stops on SIGINT with exit 0', async () => {
    const { run, url, token } = await startServer();
    expect(run.stdout).toContain(`Docs  ${url}/docs`);
    expect(run.stdout).toContain(`curl -X POST ${url}/users/user123/tasks`);
    expect(run.stdout).toContain(
      `-d '{"title": "Learn AWS Lambda", "description": "Complete the serverless tutorial"}'`,
    );
    // What the printed curl sends.
    const res = await send(`${url}/users/user123/tasks`, {
      method: 'POST',
      headers: bearer(token, { 'Content-Type': 'application/json' }),
      body: '{"title": "Learn AWS Lambda", "description": "Complete the serverless tutorial"}',
    });
    assertConforms('createTask', res, 'POST /users/user123/tasks');
    expect(res.status).toBe(201);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    expect(run.stdout).toMatch(/SIGINT: stopping[\s\S]*stopped/);

    // Started again on the same data: the task is still there.
    const again = await startServer();
    const listed = await send(`${again.url}/users/user123/tasks`, { headers: bearer(again.token) });
    assertConforms('listTasks', listed, 'GET /users/user123/tasks');
    expect((listed.body as TaskList).tasks.map((t) => t.task_id)).toContain((res.body as Task).task_id);
    again.run.child.kill('SIGTERM');
    expect(await again.run.exited).toBe(0);
  });

  it('--parameter-overrides sets template parameters, as sam local does', async () => {
    const { run, url } = await startServer(['--parameter-overrides', 'AllowedOrigins=https://app.example']);
    const preflight = (origin: string) =>
      send(`${url}/hello`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET' } });
    expect((await preflight('https://app.example')).headers.get('access-control-allow-origin')).toBe(
      'https://app.example',
    );
    expect((await preflight('https://other.example')).headers.get('access-control-allow-origin')).toBeNull();
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
  });

  it('refuses an override of a parameter the template does not declare, in one line', async () => {
    const run = startCli('serverless-todo-local', [
      '--port',
      '0',
      '--memory',
      '--no-build',
      '--parameter-overrides',
      'Nope=1',
    ]);
    expect(await run.exited).toBe(1);
    expect(run.stderr).toMatch(
      /^error: parameter Nope is not declared in the template \(it declares StageName, .*\)\n$/,
    );
  });

  it('says in one line that a taken port is taken, and exits 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = startCli('serverless-todo-local', ['--port', String(port), '--memory', '--no-build']);
      expect(await run.exited).toBe(1);
      expect(run.stderr).toBe(
        `error: port ${port} is in use; start with \`npm start -- --port 0\` (any free port) or another port\n`,
      );
    } finally {
      blocker.close();
    }
  });

  it.each([
    [['--prot', '3000'], "error: Unknown option '--prot'"],
    [['--port', 'abc'], 'error: --port must be a port number from 0 to 65535, got "abc"'],
    [['--memory', '--data-dir', 'x'], 'error: --memory and --data-dir exclude each other'],
  ])('rejects %j with what is wrong and the usage, exit 2', async (args, line) => {
    const run = startCli('serverless-todo-local', args);
    expect(await run.exited).toBe(2);
    expect(run.stderr).toBe(`${line}\n${USAGE}\n`);
  });

  it('reads the port from PORT', async () => {
    const run = startCli('serverless-todo-local', ['--memory', '--no-build'], { PORT: 'x1' });
    expect(await run.exited).toBe(2);
    expect(run.stderr).toMatch(/^error: PORT must be a port number/);
  });
});

describe('serverless-todo-token', () => {
  it('prints only a token that the running API accepts for that user', async () => {
    const { run, url } = await startServer(['--no-build']);
    try {
      const tokenRun = startCli('serverless-todo-token', ['alice', '--data-dir', data.dir]);
      expect(await tokenRun.exited).toBe(0);
      const token = tokenRun.stdout.trim();
      expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      const res = await send(`${url}/users/alice/tasks`, { headers: bearer(token) });
      assertConforms('listTasks', res, 'GET /users/alice/tasks');
      expect(res.status).toBe(200);
    } finally {
      run.child.kill('SIGINT');
      await run.exited;
    }
  });

  it.each([[[]], [['a b']], [['a', 'b']]])('refuses %j with the usage, exit 2', async (args) => {
    const run = startCli('serverless-todo-token', args);
    expect(await run.exited).toBe(2);
    expect(run.stderr).toMatch(/usage: npm run -s token -- <user_id>/);
  });
});
