import type { Task, TaskList } from '@serverless-todo/contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { devToken } from '../src/index.ts';
import { call, mockApi, useMockServer } from './support/api.ts';

useMockServer();
afterEach(() => {
  vi.useRealTimers();
});

const post = (user: string, json: unknown, key: string, token?: string) =>
  call('createTask', 'POST', `/users/${user}/tasks`, {
    json,
    headers: { 'idempotency-key': key },
    ...(token !== undefined && { token }),
  });
const count = async (user: string) =>
  ((await call('listTasks', 'GET', `/users/${user}/tasks?limit=100`)).body as TaskList).tasks.length;

describe('Idempotency-Key', () => {
  it('same key and body → the original 201 replayed (task, ETag, Location), one item stored', async () => {
    mockApi();
    const first = await post('u1', { title: 'once' }, 'key-1');
    const again = await post('u1', { title: 'once' }, 'key-1');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(await count('u1')).toBe(1);
  });

  it('the same body with other whitespace is the same request', async () => {
    mockApi();
    const first = await post('u1', { title: 'once' }, 'k');
    const again = await call('createTask', 'POST', '/users/u1/tasks', {
      raw: '{ "title" : "once" }',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'k' },
    });
    expect(again.body).toEqual(first.body);
    expect(await count('u1')).toBe(1);
  });

  it.each([
    ['key order', { description: '', title: 'once' }],
    ['a default spelled out', { title: 'once', status: 'pending', due_date: null }],
  ])('%s does not make another request', async (_name, json) => {
    mockApi();
    const first = await post('u1', { title: 'once' }, 'k');
    const again = await post('u1', json, 'k');
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await count('u1')).toBe(1);
  });

  it('same key, other body → 422 and nothing stored', async () => {
    mockApi();
    await post('u1', { title: 'once' }, 'key-1');
    const other = await post('u1', { title: 'twice' }, 'key-1');
    expect(other.status).toBe(422);
    expect(await count('u1')).toBe(1);
  });

  it('replays the stored response even after the task changed', async () => {
    mockApi();
    const first = await post('u1', { title: 'v1' }, 'k');
    const task = first.body as Task;
    await call('updateTask', 'PATCH', `/users/u1/tasks/${task.task_id}`, { json: { title: 'v2' } });
    const again = await post('u1', { title: 'v1' }, 'k');
    expect(again.body).toEqual(task);
    expect(again.headers.get('etag')).toBe('"1"');
  });

  it('different keys create different tasks; no key always creates', async () => {
    mockApi();
    await post('u1', { title: 'same' }, 'a');
    await post('u1', { title: 'same' }, 'b');
    await call('createTask', 'POST', '/users/u1/tasks', { json: { title: 'same' } });
    await call('createTask', 'POST', '/users/u1/tasks', { json: { title: 'same' } });
    expect(await count('u1')).toBe(4);
  });

  it('keys are scoped to the principal', async () => {
    mockApi();
    const a = await post('u1', { title: 'shared key' }, 'k', devToken('u1'));
    const b = await post('u2', { title: 'shared key' }, 'k', devToken('u2'));
    expect(b.status).toBe(201);
    expect((b.body as Task).task_id).not.toBe((a.body as Task).task_id);
    expect((b.body as Task).user_id).toBe('u2');
  });

  it('10 concurrent identical POSTs while the first is in flight → one 201, nine 409 with Retry-After, one item', async () => {
    mockApi({ delay: 20 });
    const results = await Promise.all(Array.from({ length: 10 }, () => post('u1', { title: 'race' }, 'k')));
    expect(results.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    for (const r of results.filter((x) => x.status === 409)) expect(r.headers.get('retry-after')).toBe('1');
    const created = results.find((r) => r.status === 201)?.body;
    expect((await post('u1', { title: 'race' }, 'k')).body).toEqual(created);
    expect(await count('u1')).toBe(1);
  });

  it('another body while the first is in flight → 422, not 409', async () => {
    mockApi({ delay: 20 });
    const [first, other] = await Promise.all([post('u1', { title: 'a' }, 'k'), post('u1', { title: 'b' }, 'k')]);
    expect([first.status, other.status]).toEqual([201, 422]);
  });

  it('a key is forgotten after 24 hours', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    mockApi();
    await post('u1', { title: 'day 1' }, 'k');
    vi.setSystemTime(Date.now() + 24 * 60 * 60 * 1000 + 1);
    const later = await post('u1', { title: 'day 2' }, 'k');
    expect(later.status).toBe(201);
    expect(await count('u1')).toBe(2);
  });
});
