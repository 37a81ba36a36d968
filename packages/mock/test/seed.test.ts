import type { Task, TaskList } from '@serverless-todo/contract';
import { describe, expect, it } from 'vitest';
import { createTodoHandlers, InvalidSeedError, type Seed } from '../src/index.ts';
import { BASE, call, mockApi, useMockServer } from './support/api.ts';

useMockServer();

const ID = '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70';
const full: Task = {
  user_id: 'user123',
  task_id: ID,
  title: 'Learn AWS Lambda',
  description: 'Complete the serverless tutorial',
  status: 'in_progress',
  due_date: '2026-12-01T17:00:00Z',
  created_at: '2026-11-26T09:30:00.000Z',
  updated_at: '2026-11-27T10:00:00.000Z',
  version: 5,
};

describe('seed', () => {
  it('fills a TaskCreate-like entry as a create would', async () => {
    mockApi({ seed: { u1: [{ title: 'seeded' }] } });
    const page = (await call('listTasks', 'GET', '/users/u1/tasks')).body as TaskList;
    const [task] = page.tasks;
    expect(task).toMatchObject({
      user_id: 'u1',
      title: 'seeded',
      description: '',
      status: 'pending',
      due_date: null,
      version: 1,
    });
    expect(task?.created_at).toBe(task?.updated_at);
  });

  it('keeps a full Task as given: its version is the ETag and If-Match works against it', async () => {
    mockApi({ seed: { user123: [full] } });
    const got = await call('getTask', 'GET', `/users/user123/tasks/${ID}`);
    expect(got.body).toEqual(full);
    expect(got.headers.get('etag')).toBe('"5"');
    const stale = await call('updateTask', 'PATCH', `/users/user123/tasks/${ID}`, {
      json: { status: 'done' },
      headers: { 'if-match': '"4"' },
    });
    expect(stale.status).toBe(412);
    const fresh = await call('updateTask', 'PATCH', `/users/user123/tasks/${ID}`, {
      json: { status: 'done' },
      headers: { 'if-match': '"5"' },
    });
    expect(fresh.body).toMatchObject({ status: 'done', version: 6, created_at: full.created_at });
  });

  it('copies the seed: changing it later, or through the API, does not touch the other', async () => {
    const seed = { user123: [{ ...full }] };
    mockApi({ seed });
    (seed.user123[0] as Task).title = 'changed outside';
    await call('updateTask', 'PATCH', `/users/user123/tasks/${ID}`, { json: { title: 'changed inside' } });
    expect(seed.user123[0]?.title).toBe('changed outside');
    expect(((await call('getTask', 'GET', `/users/user123/tasks/${ID}`)).body as Task).title).toBe('changed inside');
  });

  it('gives each handler set its own copy of the seed', async () => {
    const seed: Seed = { u1: [{ task_id: ID, title: 'shared' }] };
    mockApi({ seed });
    expect((await call('deleteTask', 'DELETE', `/users/u1/tasks/${ID}`)).status).toBe(204);
    mockApi({ seed });
    expect((await call('getTask', 'GET', `/users/u1/tasks/${ID}`)).status).toBe(200);
  });

  const bad: [string, unknown][] = [
    ['an empty title', { u1: [{ title: '' }] }],
    ['an unknown field', { u1: [{ title: 'a', priority: 1 }] }],
    ['an unknown status', { u1: [{ title: 'a', status: 'later' }] }],
    ['a task_id that is not a uuid', { u1: [{ title: 'a', task_id: 'nope' }] }],
    ['version 0', { u1: [{ title: 'a', version: 0 }] }],
    ['a fractional version', { u1: [{ title: 'a', version: 1.5 }] }],
    ['a bad created_at', { u1: [{ title: 'a', created_at: 'yesterday' }] }],
    ['a user_id other than its key', { u2: [full] }],
    ['a malformed user id key', { 'bad user': [{ title: 'a' }] }],
    [
      'a duplicate task_id',
      {
        u1: [
          { title: 'a', task_id: ID },
          { title: 'b', task_id: ID },
        ],
      },
    ],
    ['a list that is not an array', { u1: { title: 'a' } }],
    ['an entry that is not an object', { u1: ['a'] }],
  ];
  it.each(bad)('rejects %s with InvalidSeedError', (_name, seed) => {
    expect(() => createTodoHandlers({ baseUrl: BASE, seed: seed as Seed })).toThrow(InvalidSeedError);
  });

  it('names the offending entry', () => {
    expect(() => createTodoHandlers({ baseUrl: BASE, seed: { u1: [{ title: 'ok' }, { title: '' }] } })).toThrow(
      /seed\["u1"\]\[1\].*\/title/,
    );
  });
});
