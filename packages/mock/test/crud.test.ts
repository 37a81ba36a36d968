import type { HelloResponse, Problem, Task, TaskList } from '@serverless-todo/contract';
import { describe, expect, it } from 'vitest';
import { call, mockApi, useMockServer } from './support/api.ts';

useMockServer();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('CRUD lifecycle', () => {
  it('creates, reads, lists, updates and deletes a task with the API headers', async () => {
    mockApi();
    const created = await call('createTask', 'POST', '/users/user123/tasks', {
      json: { title: 'Learn AWS Lambda', description: 'Complete the serverless tutorial' },
    });
    expect(created.status).toBe(201);
    const task = created.body as Task;
    expect(task).toMatchObject({
      user_id: 'user123',
      title: 'Learn AWS Lambda',
      description: 'Complete the serverless tutorial',
      status: 'pending',
      due_date: null,
      version: 1,
    });
    expect(task.task_id).toMatch(UUID);
    expect(task.created_at).toBe(task.updated_at);
    expect(created.headers.get('location')).toBe(`/users/user123/tasks/${task.task_id}`);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.headers.get('x-request-id')).toMatch(UUID);
    expect(created.headers.get('cache-control')).toBe('no-store');
    expect(created.headers.get('access-control-allow-origin')).toBe('*');
    expect(created.headers.get('access-control-expose-headers')).toBe('ETag, Location, X-Request-Id, Retry-After');

    const path = `/users/user123/tasks/${task.task_id}`;
    const got = await call('getTask', 'GET', path);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(task);
    expect(got.headers.get('etag')).toBe('"1"');

    const listed = await call('listTasks', 'GET', '/users/user123/tasks');
    expect(listed.body).toEqual({ tasks: [task], next_cursor: null } satisfies TaskList);

    const updated = await call('updateTask', 'PATCH', path, {
      json: { status: 'done', due_date: '2026-12-01T17:00:00Z' },
    });
    expect(updated.status).toBe(200);
    const after = updated.body as Task;
    expect(after).toMatchObject({ title: task.title, description: task.description, status: 'done', version: 2 });
    expect(after.due_date).toBe('2026-12-01T17:00:00Z');
    expect(after.created_at).toBe(task.created_at);
    expect(after.updated_at >= task.updated_at).toBe(true);
    expect(updated.headers.get('etag')).toBe('"2"');

    const cleared = await call('updateTask', 'PATCH', path, { json: { due_date: null } });
    expect(cleared.body).toMatchObject({ status: 'done', due_date: null, version: 3 });

    const deleted = await call('deleteTask', 'DELETE', path);
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    expect(deleted.headers.get('x-request-id')).toMatch(UUID);
    expect(deleted.headers.get('content-type')).toBeNull();
  });

  it('gives every response its own request id', async () => {
    mockApi();
    const ids = new Set<string | null>();
    for (let i = 0; i < 5; i++)
      ids.add((await call('getHello', 'GET', '/hello', { token: null })).headers.get('x-request-id'));
    expect(ids.size).toBe(5);
  });

  it('answers /hello without a token, echoing the request id', async () => {
    mockApi();
    const res = await call('getHello', 'GET', '/hello', { token: null });
    expect(res.status).toBe(200);
    expect((res.body as HelloResponse).request_id).toBe(res.headers.get('x-request-id'));
  });

  it('keeps each handler set to its own store', async () => {
    mockApi();
    await call('createTask', 'POST', '/users/u1/tasks', { json: { title: 'first set' } });
    mockApi(); // server.use prepends: the newest set answers from now on
    const listed = await call('listTasks', 'GET', '/users/u1/tasks');
    expect((listed.body as TaskList).tasks).toEqual([]);
  });
});

describe('use after delete', () => {
  it.each([
    ['getTask', 'GET', undefined],
    ['updateTask', 'PATCH', { title: 'back to life?' }],
    ['deleteTask', 'DELETE', undefined],
  ] as const)('%s after DELETE → 404, and nothing is resurrected', async (operationId, method, json) => {
    mockApi();
    const created = await call('createTask', 'POST', '/users/u1/tasks', { json: { title: 'short-lived' } });
    const path = `/users/u1/tasks/${(created.body as Task).task_id}`;
    expect((await call('deleteTask', 'DELETE', path)).status).toBe(204);

    const res = await call(operationId, method, path, json === undefined ? {} : { json });
    expect(res.status).toBe(404);
    expect((res.body as Problem).type).toBe('https://serverless-todo.dev/problems/not-found');
    expect((await call('getTask', 'GET', path)).status).toBe(404);
    expect((await call('listTasks', 'GET', '/users/u1/tasks')).body).toEqual({ tasks: [], next_cursor: null });
  });

  it('PATCH with If-Match: * on a missing task → 404, not an upsert', async () => {
    mockApi();
    const path = '/users/u1/tasks/3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70';
    const res = await call('updateTask', 'PATCH', path, { json: { title: 'x' }, headers: { 'if-match': '*' } });
    expect(res.status).toBe(404);
    expect((await call('getTask', 'GET', path)).status).toBe(404);
  });
});
