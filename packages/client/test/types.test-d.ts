// Compile-time guarantees: every body, query and path argument is typed from openapi.yaml.
import { describe, expectTypeOf, it } from 'vitest';
import {
  createTodoClient,
  type HelloResponse,
  isTodoApiError,
  type Task,
  type TaskList,
  type TaskResult,
  TodoApiError,
} from '../src/index.ts';

const client = createTodoClient({ baseUrl: 'http://127.0.0.1:3000', token: async () => 'jwt' });

describe('resource methods', () => {
  it('return the contract’s types', () => {
    expectTypeOf(client.hello()).resolves.toEqualTypeOf<HelloResponse>();
    expectTypeOf(client.tasks.create('u1', { title: 't' })).resolves.toEqualTypeOf<TaskResult>();
    expectTypeOf(client.tasks.get('u1', 'id')).resolves.toEqualTypeOf<TaskResult>();
    expectTypeOf(client.tasks.list('u1')).resolves.toEqualTypeOf<TaskList>();
    expectTypeOf(client.tasks.delete('u1', 'id')).resolves.toBeVoid();
    expectTypeOf(client.tasks.listAll('u1')).toEqualTypeOf<AsyncGenerator<Task, void, undefined>>();
    expectTypeOf<TaskResult['etag']>().toBeString();
    expectTypeOf<Task['status']>().toEqualTypeOf<'pending' | 'in_progress' | 'done'>();
  });

  it('reject a body missing title', () => {
    // @ts-expect-error title is required by TaskCreate
    client.tasks.create('u1', { description: 'no title' });
  });

  it('reject an unknown field', () => {
    // @ts-expect-error TaskCreate has additionalProperties: false
    client.tasks.create('u1', { title: 't', owner: 'someone' });
    // @ts-expect-error server-owned fields cannot be patched
    client.tasks.update('u1', 'id', { version: 3 });
  });

  it('reject a wrong status literal', () => {
    // @ts-expect-error 'finished' is not a TaskStatus
    client.tasks.update('u1', 'id', { status: 'finished' });
    // @ts-expect-error the list filter is a TaskStatus too
    client.tasks.list('u1', { status: 'archived' });
  });

  it('reject a missing path argument', () => {
    // @ts-expect-error the task id is missing
    client.tasks.get('u1');
    // @ts-expect-error the user id is missing
    client.tasks.list();
  });

  it('type the options', () => {
    client.tasks.update('u1', 'id', { title: 'x' }, { ifMatch: 3 });
    client.tasks.update('u1', 'id', { title: 'x' }, { ifMatch: '"3"', signal: AbortSignal.timeout(1000) });
    client.tasks.create('u1', { title: 'x' }, { idempotencyKey: 'k' });
    // @ts-expect-error ifMatch is an ETag string or a version number
    client.tasks.delete('u1', 'id', { ifMatch: true });
    // @ts-expect-error limit is a number
    client.tasks.list('u1', { limit: '10' });
  });
});

describe('raw', () => {
  it('is openapi-fetch typed by the contract', async () => {
    const { data } = await client.raw.GET('/users/{user_id}/tasks', { params: { path: { user_id: 'u1' } } });
    expectTypeOf(data).toEqualTypeOf<TaskList | undefined>();
    // @ts-expect-error params.path.user_id is required
    client.raw.GET('/users/{user_id}/tasks', { params: { path: {} } });
    // @ts-expect-error not a path of the API
    client.raw.GET('/admin');
  });
});

describe('errors', () => {
  it('narrow with the guard and with instanceof', () => {
    const error: unknown = new Error('x');
    if (isTodoApiError(error)) expectTypeOf(error.status).toBeNumber();
    if (error instanceof TodoApiError)
      expectTypeOf(error.errors).toEqualTypeOf<{ pointer: string; detail: string }[]>();
  });
});
