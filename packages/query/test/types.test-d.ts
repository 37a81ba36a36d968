// Compile-time guarantees: keys carry their data type, options fit query-core's observers,
// and mutation variables are the contract's bodies.
import { createTodoClient, type TaskList, type TaskResult } from '@serverless-todo/client';
import {
  type InfiniteData,
  InfiniteQueryObserver,
  MutationObserver,
  QueryClient,
  QueryObserver,
} from '@tanstack/query-core';
import { describe, expectTypeOf, it } from 'vitest';
import { fieldErrors, isTaskConflictError, isUnauthorizedError, type TaskPages, todoQueries } from '../src/index.ts';

const todo = todoQueries(createTodoClient({ baseUrl: 'http://127.0.0.1:3000' }), 'u1');
const queryClient = new QueryClient();

describe('keys', () => {
  it('type the cached data', () => {
    expectTypeOf(queryClient.getQueryData(todo.keys.task('t'))).toEqualTypeOf<TaskResult | undefined>();
    expectTypeOf(queryClient.getQueryData(todo.keys.list({ status: 'done' }))).toEqualTypeOf<TaskPages | undefined>();
    expectTypeOf<TaskPages>().toEqualTypeOf<InfiniteData<TaskList, string | null>>();
  });

  it('accept only the contract’s statuses', () => {
    // @ts-expect-error not a status of the contract
    todo.keys.list({ status: 'archived' });
  });
});

describe('options', () => {
  it('fit query-core’s observers with their data types', () => {
    expectTypeOf(new QueryObserver(queryClient, todo.task('t')).getCurrentResult().data).toEqualTypeOf<
      TaskResult | undefined
    >();
    const list = new InfiniteQueryObserver(queryClient, todo.taskList({ status: 'pending' }, { maxPages: 5 }));
    expectTypeOf(list.getCurrentResult().data).toEqualTypeOf<TaskPages | undefined>();
    expectTypeOf(queryClient.fetchQuery(todo.task('t'))).resolves.toEqualTypeOf<TaskResult>();
    expectTypeOf(queryClient.fetchQuery(todo.taskPage({ status: 'done' }, null))).resolves.toEqualTypeOf<TaskList>();
    expectTypeOf(queryClient.getQueryData(todo.keys.page({}, 'c'))).toEqualTypeOf<TaskList | undefined>();
  });

  it('type mutation variables from the contract', () => {
    const create = new MutationObserver(queryClient, todo.createTask(queryClient));
    expectTypeOf(create.mutate({ title: 'x', status: 'done' })).resolves.toEqualTypeOf<TaskResult>();
    // @ts-expect-error the contract requires a title
    create.mutate({ status: 'done' });
    const update = new MutationObserver(queryClient, todo.updateTask(queryClient));
    // @ts-expect-error task_id is server-owned, not a patch field
    update.mutate({ taskId: 't', patch: { task_id: 'x' } });
    const remove = new MutationObserver(queryClient, todo.deleteTask(queryClient));
    expectTypeOf(remove.mutate({ taskId: 't', ifMatch: 3 })).resolves.toBeVoid();
  });
});

describe('errors', () => {
  it('narrow to the states an app handles', () => {
    const error: unknown = new Error('x');
    if (isTaskConflictError(error)) {
      expectTypeOf(error.current).toEqualTypeOf<TaskResult | null>();
      expectTypeOf(error.status).toEqualTypeOf<412>();
    }
    if (isUnauthorizedError(error)) expectTypeOf(error.status).toEqualTypeOf<401>();
    expectTypeOf(fieldErrors(error)).toEqualTypeOf<Record<string, string>>();
  });
});
