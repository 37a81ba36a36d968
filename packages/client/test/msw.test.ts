// The same client against MSW, which patches globalThis.fetch after the client exists: this
// is what an app's own tests do. Every handler's response is checked against the contract.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTodoClient, type Task, TodoApiError } from '../src/index.ts';
import {
  contractResponse,
  makeTask,
  problemResponse,
  REQUEST_ID,
  TASK_ID,
  taskResponse,
  USER,
} from './support/responses.ts';

const BASE = 'https://api.todo.test';
const server = setupServer();
// Created before listen(): the client must still reach MSW, since it looks fetch up lazily.
const client = createTodoClient({ baseUrl: BASE, token: () => 'jwt-msw', retry: { baseDelayMs: 1, maxDelayMs: 5 } });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// An in-memory store behind the handlers, enough for a round trip through every method.
function useStore() {
  const tasks = new Map<string, Task>();
  const seen: { method: string; authorization: string | null }[] = [];
  const path = `${BASE}/users/:user_id/tasks`;
  const record = (request: Request) =>
    seen.push({ method: request.method, authorization: request.headers.get('authorization') });
  server.use(
    http.get(`${BASE}/hello`, ({ request }) => {
      record(request);
      return contractResponse('getHello', 200, { message: 'Hello from Lambda!', request_id: REQUEST_ID });
    }),
    http.post(path, async ({ request }) => {
      record(request);
      const body = (await request.json()) as Partial<Task>;
      const task = makeTask({ ...body, task_id: TASK_ID });
      tasks.set(task.task_id, task);
      return taskResponse('createTask', task);
    }),
    http.get(path, ({ request }) => {
      record(request);
      return contractResponse('listTasks', 200, { tasks: [...tasks.values()], next_cursor: null });
    }),
    http.get(`${path}/:task_id`, ({ request, params }) => {
      record(request);
      const task = tasks.get(params.task_id as string);
      return task ? taskResponse('getTask', task) : problemResponse('getTask', 404);
    }),
    http.patch(`${path}/:task_id`, async ({ request, params }) => {
      record(request);
      const current = tasks.get(params.task_id as string)!;
      if (request.headers.get('if-match') !== `"${current.version}"`) return problemResponse('updateTask', 412);
      const task = { ...current, ...((await request.json()) as Partial<Task>), version: current.version + 1 };
      tasks.set(task.task_id, task);
      return taskResponse('updateTask', task);
    }),
    http.delete(`${path}/:task_id`, ({ request, params }) => {
      record(request);
      tasks.delete(params.task_id as string);
      return contractResponse('deleteTask', 204);
    }),
  );
  return seen;
}

describe('through MSW', () => {
  it('every method, with the token on each request', async () => {
    const seen = useStore();
    await expect(client.hello()).resolves.toMatchObject({ message: 'Hello from Lambda!' });
    const { task, etag } = await client.tasks.create(USER, { title: 'Write tests' });
    expect(task.title).toBe('Write tests');
    await expect(client.tasks.list(USER)).resolves.toEqual({ tasks: [task], next_cursor: null });
    await expect(client.tasks.get(USER, TASK_ID)).resolves.toEqual({ task, etag });
    const updated = await client.tasks.update(USER, TASK_ID, { status: 'done' }, { ifMatch: etag });
    expect(updated).toMatchObject({ task: { status: 'done', version: 2 }, etag: '"2"' });
    await expect(client.tasks.update(USER, TASK_ID, { status: 'pending' }, { ifMatch: etag })).rejects.toMatchObject({
      status: 412,
    });
    await client.tasks.delete(USER, TASK_ID, { ifMatch: updated.etag });
    await expect(client.tasks.get(USER, TASK_ID)).rejects.toBeInstanceOf(TodoApiError);
    expect(seen.map((s) => s.method)).toEqual(['GET', 'POST', 'GET', 'GET', 'PATCH', 'PATCH', 'DELETE', 'GET']);
    expect(new Set(seen.map((s) => s.authorization))).toEqual(new Set(['Bearer jwt-msw']));
  });

  it('retries a 503 and honours its Retry-After', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/users/:user_id/tasks`, () =>
        ++calls === 1
          ? problemResponse('listTasks', 503, {}, '0')
          : contractResponse('listTasks', 200, { tasks: [], next_cursor: null }),
      ),
    );
    await expect(client.tasks.list(USER)).resolves.toEqual({ tasks: [], next_cursor: null });
    expect(calls).toBe(2);
  });

  it('retries a network error', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/hello`, () =>
        ++calls === 1 ? HttpResponse.error() : contractResponse('getHello', 200, { message: 'hi', request_id: 'r' }),
      ),
    );
    await expect(client.hello()).resolves.toEqual({ message: 'hi', request_id: 'r' });
    expect(calls).toBe(2);
  });

  it('maps a problem+json error', async () => {
    const errors = [{ pointer: '/title', detail: 'must be at least 1 character' }];
    server.use(http.post(`${BASE}/users/:user_id/tasks`, () => problemResponse('createTask', 400, { errors })));
    await expect(client.tasks.create(USER, { title: ' ' })).rejects.toMatchObject({
      status: 400,
      errors,
      requestId: REQUEST_ID,
    });
  });

  it('walks listAll across an empty page with a cursor', async () => {
    const pages: Record<string, { tasks: Task[]; next_cursor: string | null }> = {
      '': { tasks: [makeTask({ title: 'a' })], next_cursor: 'p2' },
      p2: { tasks: [], next_cursor: 'p3' },
      p3: { tasks: [makeTask({ title: 'b' })], next_cursor: null },
    };
    server.use(
      http.get(`${BASE}/users/:user_id/tasks`, ({ request }) =>
        contractResponse('listTasks', 200, pages[new URL(request.url).searchParams.get('cursor') ?? '']),
      ),
    );
    const titles: string[] = [];
    for await (const t of client.tasks.listAll(USER)) titles.push(t.title);
    expect(titles).toEqual(['a', 'b']);
  });

  it('client.raw reaches MSW with the token', async () => {
    server.use(
      http.get(`${BASE}/users/:user_id/tasks/:task_id`, ({ request }) =>
        request.headers.get('authorization') === 'Bearer jwt-msw'
          ? taskResponse('getTask', makeTask())
          : problemResponse('getTask', 401),
      ),
    );
    const { data, error } = await client.raw.GET('/users/{user_id}/tasks/{task_id}', {
      params: { path: { user_id: USER, task_id: TASK_ID } },
    });
    expect(error).toBeUndefined();
    expect(data).toEqual(makeTask());
  });
});
