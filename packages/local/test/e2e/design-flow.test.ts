// The design's flow on the real bundles, and the requests the gateway or handlers reject.
// Every operation response is checked against openapi.yaml.
import type { OperationId, Task, TaskList } from '@serverless-todo/contract';
import { assertConforms } from '@serverless-todo/contract/responses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../src/index.ts';
import { bearer, type Seen, send } from '../support/http.ts';
import { expectGatewayProblem } from '../support/problem.ts';
import { startRealApi } from '../support/real-api.ts';

let api: LocalApi & { lines: string[] };
let token: string;

beforeAll(async () => {
  api = await startRealApi();
  token = await api.token('user123');
});
afterAll(() => api.stop());

const call = async (operationId: OperationId, method: string, path: string, init: RequestInit = {}): Promise<Seen> => {
  const res = await send(`${api.url}${path}`, { method, ...init });
  assertConforms(operationId, res, `${method} ${path}`);
  return res;
};
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  headers: bearer(token, { 'content-type': 'application/json', ...headers }),
  body: JSON.stringify(body),
});

describe('the design flow', () => {
  it('creates "Learn AWS Lambda" and lists it', async () => {
    const created = await call(
      'createTask',
      'POST',
      '/users/user123/tasks',
      json({ title: 'Learn AWS Lambda', description: 'Complete the serverless tutorial' }),
    );
    expect(created.status).toBe(201);
    const task = created.body as Task;
    expect(task).toMatchObject({ title: 'Learn AWS Lambda', status: 'pending', version: 1, user_id: 'user123' });
    expect(created.headers.get('location')).toBe(`/users/user123/tasks/${task.task_id}`);
    expect(created.headers.get('etag')).toBe('"1"');

    const listed = await call('listTasks', 'GET', '/users/user123/tasks', { headers: bearer(token) });
    expect(listed.status).toBe(200);
    expect((listed.body as TaskList).tasks.map((t) => t.task_id)).toContain(task.task_id);
    expect((listed.body as TaskList).next_cursor).toBeNull();
  });

  it('reads, updates and deletes a task through its Location', async () => {
    const created = await call('createTask', 'POST', '/users/user123/tasks', json({ title: 'Deploy with SAM' }));
    const location = created.headers.get('location') as string;
    const got = await call('getTask', 'GET', location, { headers: bearer(token) });
    expect(got.status).toBe(200);
    const updated = await call('updateTask', 'PATCH', location, {
      method: 'PATCH',
      ...json({ status: 'done' }, { 'if-match': got.headers.get('etag') as string }),
    });
    expect([updated.status, (updated.body as Task).status, updated.headers.get('etag')]).toEqual([200, 'done', '"2"']);
    expect((await call('deleteTask', 'DELETE', location, { headers: bearer(token) })).status).toBe(204);
    expect((await call('getTask', 'GET', location, { headers: bearer(token) })).status).toBe(404);
  });

  it('says hello without a token', async () => {
    const res = await call('getHello', 'GET', '/hello');
    expect(res.status).toBe(200);
  });
});

describe('rejected requests', () => {
  it('no token → 401 from the gateway, before any handler', async () => {
    const res = await call('listTasks', 'GET', '/users/user123/tasks');
    expect(res.status).toBe(401);
    expect(api.lines.find((l) => l.includes(res.headers.get('x-amzn-requestid') as string))).toMatch(
      / 401 \d+ ms \S+$/,
    );
  });

  it("user123's token on /users/other/tasks → 403", async () => {
    const res = await call('createTask', 'POST', '/users/other/tasks', json({ title: 'not mine' }));
    expect(res.status).toBe(403);
    expect((await call('listTasks', 'GET', '/users/other/tasks', { headers: bearer(token) })).status).toBe(403);
  });

  it('an unknown route → 404 problem', async () => {
    expectGatewayProblem(await send(`${api.url}/users/user123/projects`, { headers: bearer(token) }), 404);
    expectGatewayProblem(await send(`${api.url}/hello`, { method: 'POST' }), 404);
  });

  it('a body over the contract cap → 413 from the handler; over 10 MB → 413 from the gateway', async () => {
    const big = await call(
      'createTask',
      'POST',
      '/users/user123/tasks',
      json({ title: 'x', description: 'y'.repeat(70_000) }),
    );
    expect(big.status).toBe(413);
    const huge = await send(`${api.url}/users/user123/tasks`, {
      method: 'POST',
      ...json({ title: 'x', description: 'y'.repeat(11 * 1024 * 1024) }),
    });
    assertConforms('createTask', huge, 'POST > 10 MB');
    expect(huge.status).toBe(413);
  });
});

describe('function logs', () => {
  it('mark the first invocation of each environment as a cold start, and later ones as warm', async () => {
    for (let i = 0; i < 3; i++) await call('getHello', 'GET', '/hello');
    const requests = api.lines
      .filter((line) => line.includes('"message":"request"'))
      .map((line) => JSON.parse(line.slice(line.indexOf('{'))) as { function_name?: string; cold_start?: boolean });
    const hello = requests.filter((r) => r.function_name === 'GetHelloFunction');
    expect(hello.length).toBeGreaterThanOrEqual(3);
    expect(hello[0]?.cold_start).toBe(true);
    expect(hello.filter((r) => r.cold_start === false).length).toBeGreaterThan(0);
  });
});
