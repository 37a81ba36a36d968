// Behaviour of every method against an injected fetch: what goes on the wire, what comes
// back, and which headers the client adds.
import { describe, expect, it } from 'vitest';
import { createTodoClient, type TodoClientOptions } from '../src/index.ts';
import { type Answer, fakeFetch } from './support/fake-fetch.ts';
import { contractResponse, makeTask, REQUEST_ID, TASK_ID, taskResponse, USER } from './support/responses.ts';

const BASE = 'https://api.example.test/v1';

function client(answers: Answer[], options: Partial<TodoClientOptions> = {}) {
  const fake = fakeFetch(...answers);
  return { ...fake, client: createTodoClient({ baseUrl: `${BASE}/`, token: 'jwt-1', fetch: fake.fetch, ...options }) };
}

describe('resource methods', () => {
  it('hello: GET /hello and returns the body', async () => {
    const body = { message: 'Hello from Lambda!', request_id: REQUEST_ID };
    const { client: c, requests } = client([contractResponse('getHello', 200, body)]);
    await expect(c.hello()).resolves.toEqual(body);
    expect(`${requests[0]!.method} ${requests[0]!.url}`).toBe(`GET ${BASE}/hello`);
  });

  it('tasks.create: POSTs the JSON body and returns the task with its ETag', async () => {
    const task = makeTask();
    const { client: c, requests } = client([taskResponse('createTask', task)]);
    await expect(c.tasks.create(USER, { title: task.title })).resolves.toEqual({ task, etag: '"1"' });
    const request = requests[0]!;
    expect(`${request.method} ${request.url}`).toBe(`POST ${BASE}/users/${USER}/tasks`);
    expect(request.headers.get('content-type')).toBe('application/json');
    await expect(request.json()).resolves.toEqual({ title: task.title });
  });

  it('tasks.list: sends the query and returns the page as the contract shapes it', async () => {
    const page = { tasks: [makeTask()], next_cursor: 'abc_-1' };
    const { client: c, requests } = client([contractResponse('listTasks', 200, page)]);
    await expect(c.tasks.list(USER, { status: 'done', limit: 5, cursor: 'c-0' })).resolves.toEqual(page);
    expect(requests[0]!.url).toBe(`${BASE}/users/${USER}/tasks?limit=5&cursor=c-0&status=done`);
  });

  it('tasks.list: sends no query string when given no options', async () => {
    const { client: c, requests } = client([contractResponse('listTasks', 200, { tasks: [], next_cursor: null })]);
    await c.tasks.list(USER);
    expect(requests[0]!.url).toBe(`${BASE}/users/${USER}/tasks`);
  });

  it('tasks.get: returns the task and an ETag usable as ifMatch', async () => {
    const task = makeTask({ version: 7 });
    const { client: c, requests } = client([taskResponse('getTask', task)]);
    await expect(c.tasks.get(USER, TASK_ID)).resolves.toEqual({ task, etag: '"7"' });
    expect(`${requests[0]!.method} ${requests[0]!.url}`).toBe(`GET ${BASE}/users/${USER}/tasks/${TASK_ID}`);
  });

  it('tasks.update: PATCHes the fields and sends If-Match from the ETag', async () => {
    const task = makeTask({ status: 'done', version: 2 });
    const { client: c, requests } = client([taskResponse('updateTask', task)]);
    await expect(c.tasks.update(USER, TASK_ID, { status: 'done' }, { ifMatch: '"1"' })).resolves.toEqual({
      task,
      etag: '"2"',
    });
    expect(requests[0]!.method).toBe('PATCH');
    expect(requests[0]!.headers.get('if-match')).toBe('"1"');
    await expect(requests[0]!.json()).resolves.toEqual({ status: 'done' });
  });

  it.each([
    ['a version number', 3, '"3"'],
    ['an ETag', '"3"', '"3"'],
    ['a weak ETag', 'W/"3"', 'W/"3"'],
    ['any version', '*', '*'],
  ])('tasks.delete: sends If-Match from %s', async (_, ifMatch, header) => {
    const { client: c, requests } = client([contractResponse('deleteTask', 204)]);
    await expect(c.tasks.delete(USER, TASK_ID, { ifMatch })).resolves.toBeUndefined();
    expect(`${requests[0]!.method} ${requests[0]!.url}`).toBe(`DELETE ${BASE}/users/${USER}/tasks/${TASK_ID}`);
    expect(requests[0]!.headers.get('if-match')).toBe(header);
  });

  it('encodes path parameters', async () => {
    const { client: c, requests } = client([contractResponse('listTasks', 200, { tasks: [], next_cursor: null })]);
    await c.tasks.list('a b/c');
    expect(requests[0]!.url).toBe(`${BASE}/users/a%20b%2Fc/tasks`);
  });
});

describe('headers', () => {
  it('sends the bearer token, the default headers, and no Content-Type without a body', async () => {
    const { client: c, requests } = client([contractResponse('listTasks', 200, { tasks: [], next_cursor: null })], {
      headers: { 'X-Client': 'tests' },
    });
    await c.tasks.list(USER);
    expect(Object.fromEntries(requests[0]!.headers)).toEqual({ authorization: 'Bearer jwt-1', 'x-client': 'tests' });
  });

  it('asks a token function before every request, so a refreshed token is used', async () => {
    const tokens = ['old', 'new'];
    const page = () => contractResponse('listTasks', 200, { tasks: [], next_cursor: null });
    const { client: c, requests } = client([page(), page()], { token: async () => tokens.shift() });
    await c.tasks.list(USER);
    await c.tasks.list(USER);
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer old', 'Bearer new']);
  });

  it.each([
    ['no token', undefined],
    ['an empty token', ''],
    ['a provider returning null', () => null],
  ])('sends no Authorization with %s', async (_, token) => {
    const { client: c, requests } = client([contractResponse('getHello', 200, { message: 'hi', request_id: 'r' })], {
      token,
    });
    await c.hello();
    expect(requests[0]!.headers.has('authorization')).toBe(false);
  });

  it('lets an explicit Authorization header win over the token', async () => {
    const { client: c, requests } = client([contractResponse('getHello', 200, { message: 'hi', request_id: 'r' })], {
      headers: { Authorization: 'Basic abc' },
    });
    await c.hello();
    expect(requests[0]!.headers.get('authorization')).toBe('Basic abc');
  });

  it('sends a fresh UUID Idempotency-Key with every create, or the caller’s own', async () => {
    const created = () => taskResponse('createTask', makeTask());
    const { client: c, requests } = client([created(), created(), created()]);
    await c.tasks.create(USER, { title: 'a' });
    await c.tasks.create(USER, { title: 'a' });
    await c.tasks.create(USER, { title: 'a' }, { idempotencyKey: 'my-key' });
    const keys = requests.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBe('my-key');
  });
});

describe('raw', () => {
  it('is a typed openapi-fetch client with the same base URL, token and fetch', async () => {
    const task = makeTask();
    const { client: c, requests } = client([taskResponse('getTask', task)]);
    const { data, response } = await c.raw.GET('/users/{user_id}/tasks/{task_id}', {
      params: { path: { user_id: USER, task_id: TASK_ID } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual(task);
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer jwt-1');
  });
});

describe('middleware', () => {
  it('runs openapi-fetch middleware on the resource methods too', async () => {
    const seen: string[] = [];
    const task = makeTask();
    const { client: c, requests } = client([taskResponse('createTask', task)], {
      middleware: [
        {
          onRequest({ request, schemaPath }) {
            seen.push(`${request.method} ${schemaPath}`);
            request.headers.set('x-trace', 't-1');
          },
          onResponse({ response }) {
            seen.push(`${response.status}`);
          },
        },
      ],
    });
    await expect(c.tasks.create(USER, { title: task.title })).resolves.toEqual({ task, etag: '"1"' });
    expect(seen).toEqual(['POST /users/{user_id}/tasks', '201']);
    expect(requests[0]!.headers.get('x-trace')).toBe('t-1');
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer jwt-1');
    expect(requests[0]!.headers.get('idempotency-key')).toBeTruthy();
  });
});
