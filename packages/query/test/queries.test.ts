// The key factory, the task query, and the error states an app reacts to.
import { isTodoApiError } from '@serverless-todo/client';
import { MutationObserver, QueryObserver } from '@tanstack/query-core';
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
    ['a first page', keys.page({ status: 'done' }), ['serverless-todo', 'u1', 'list', { status: 'done' }, null]],
    ['a page at a cursor', keys.page({}, 'c1'), ['serverless-todo', 'u1', 'list', {}, 'c1']],
  ])('%s', (_name, given, want) => {
    expect(given).toEqual(want);
  });

  it('every list and task key starts with its prefix', () => {
    expect(keys.list({ status: 'done' }).slice(0, 3)).toEqual(keys.lists());
    expect(keys.task('t').slice(0, 3)).toEqual(keys.tasks());
    expect(todoKeys('u2').all).not.toEqual(keys.all);
  });
});

describe('taskPage', () => {
  it('loads one page as the API answers it, and a create invalidates it like the lists', async () => {
    const api = mockApi({ seed: { [USER]: Array.from({ length: 3 }, (_, i) => ({ title: `t${i}` })) } });
    const todo = todoQueries(api.client(USER), USER);
    const queryClient = newQueryClient();
    const first = await queryClient.fetchQuery(todo.taskPage({ limit: 2 }));
    expect(first.tasks).toHaveLength(2);
    expect(first.next_cursor).toEqual(expect.any(String));
    const second = await queryClient.fetchQuery(todo.taskPage({ limit: 2 }, first.next_cursor));
    expect(second).toMatchObject({ tasks: [expect.any(Object)], next_cursor: null });
    await new MutationObserver(queryClient, todo.updateTask(queryClient)).mutate({
      taskId: first.tasks[0]!.task_id,
      patch: { title: 'renamed' },
    });
    await new MutationObserver(queryClient, todo.createTask(queryClient)).mutate({ title: 'new' });
    expect(queryClient.getQueryState(todo.keys.page({ limit: 2 }))?.isInvalidated).toBe(true);
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
