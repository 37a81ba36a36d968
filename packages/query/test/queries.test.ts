// The key factory, the task query, and the error states an app reacts to.
import { isTodoApiError } from '@serverless-todo/client';
import { QueryObserver } from '@tanstack/query-core';
import { describe, expect, it } from 'vitest';
import { isUnauthorizedError, todoKeys, todoQueries } from '../src/index.ts';
import { mockApi, newQueryClient, useMockServer } from './support/mock-api.ts';

useMockServer();

const USER = 'reader';

describe('todoKeys', () => {
  const keys = todoKeys('u1');
  it.each([
    ['all', keys.all, ['serverless-todo', 'u1']],
    ['lists', keys.lists(), ['serverless-todo', 'u1', 'list']],
    ['an unfiltered list', keys.list(), ['serverless-todo', 'u1', 'list', {}]],
    [
      'undefined fields dropped',
      keys.list({ status: undefined, limit: undefined }),
      ['serverless-todo', 'u1', 'list', {}],
    ],
    [
      'a filtered list',
      keys.list({ status: 'done', limit: 5 }),
      ['serverless-todo', 'u1', 'list', { status: 'done', limit: 5 }],
    ],
    ['a task', keys.task('t1'), ['serverless-todo', 'u1', 'task', 't1']],
  ])('%s', (_name, given, want) => {
    expect(given).toEqual(want);
  });

  it('every list and task key starts with its prefix', () => {
    expect(keys.list({ status: 'done' }).slice(0, 3)).toEqual(keys.lists());
    expect(keys.task('t').slice(0, 3)).toEqual(keys.tasks());
    expect(todoKeys('u2').all).not.toEqual(keys.all);
  });
});

describe('task', () => {
  it('loads a task with its ETag', async () => {
    const api = mockApi({ seed: { [USER]: [{ title: 'Read me' }] } });
    const client = api.client(USER);
    const [seeded] = (await client.tasks.list(USER)).tasks;
    const todo = todoQueries(client, USER);
    const data = await newQueryClient().fetchQuery(todo.task(seeded!.task_id));
    expect(data).toEqual({ task: seeded, etag: '"1"' });
  });

  it('reports a 401 as its own state, without retrying', async () => {
    const api = mockApi();
    const todo = todoQueries(api.client(USER, 'not-a-jwt'), USER);
    const observer = new QueryObserver(newQueryClient(), todo.task('00000000-0000-4000-8000-000000000001'));
    const { error } = await observer.refetch();
    expect(isUnauthorizedError(error)).toBe(true);
    expect(isTodoApiError(error) && error.status).toBe(401);
    expect(api.sent).toHaveLength(1);
  });

  it('does not call a 404 unauthorized', async () => {
    const api = mockApi();
    const todo = todoQueries(api.client(USER), USER);
    const { error } = await new QueryObserver(
      newQueryClient(),
      todo.task('00000000-0000-4000-8000-000000000001'),
    ).refetch();
    expect(error).toMatchObject({ status: 404 });
    expect(isUnauthorizedError(error)).toBe(false);
  });
});
