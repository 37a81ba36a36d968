// createTask: an optimistic placeholder, one Idempotency-Key across every retry, field errors
// kept for forms, and invalidation of the lists the new task belongs to.
import { describe, expect, it } from 'vitest';
import { fieldErrors, isOptimisticTask, todoQueries } from '../src/index.ts';
import { byId, cachedList, loadList, mutate, serverList } from './support/cache.ts';
import { mockApi, newQueryClient, useMockServer } from './support/mock-api.ts';

useMockServer();

const USER = 'creator';

describe('createTask', () => {
  it('shows a placeholder at once, then the created task', async () => {
    const api = mockApi({ seed: { [USER]: [{ title: 'Existing' }] } });
    const todo = todoQueries(api.client(USER), USER);
    const queryClient = newQueryClient();
    await loadList(queryClient, todo);
    const gate = api.hold();
    const created = mutate(queryClient, todo.createTask(queryClient), { title: 'New', status: 'in_progress' });
    await gate.reached;
    const [placeholder] = cachedList(queryClient, todo);
    expect(placeholder).toMatchObject({ title: 'New', status: 'in_progress', version: 0 });
    expect(isOptimisticTask(placeholder!)).toBe(true);
    gate.open();
    const { task, etag } = await created;
    expect(etag).toBe('"1"');
    expect(queryClient.getQueryData(todo.keys.task(task.task_id))).toEqual({ task, etag });
    expect(cachedList(queryClient, todo).some(isOptimisticTask)).toBe(false);
    expect(byId(cachedList(queryClient, todo))).toEqual(byId(await serverList(api.client(USER), USER)));
  });

  it('sends the same Idempotency-Key on every retry, the SDK’s and the mutation’s, and stores one task', async () => {
    const api = mockApi({
      faults: [
        { operationId: 'createTask', status: 503, times: 1, retryAfter: 0 }, // retried by the SDK
        { operationId: 'createTask', network: true, times: 4 }, // outlasts the SDK's 3 retries
      ],
    });
    const todo = todoQueries(api.client(USER), USER);
    const queryClient = newQueryClient();
    const result = await mutate(
      queryClient,
      { ...todo.createTask(queryClient), retry: 1, retryDelay: 0 },
      {
        title: 'Exactly once',
      },
    );
    const keys = api.sent.filter((r) => r.method === 'POST').map((r) => r.headers.get('idempotency-key'));
    expect(keys).toHaveLength(6);
    expect(new Set(keys).size).toBe(1);
    expect((await serverList(api.client(USER), USER)).map((t) => t.task_id)).toEqual([result.task.task_id]);
  });

  it('takes your own Idempotency-Key, and a re-submitted variables object keeps its key', async () => {
    const api = mockApi();
    const todo = todoQueries(api.client(USER), USER);
    const queryClient = newQueryClient();
    const options = todo.createTask(queryClient);
    await mutate(queryClient, options, { title: 'Mine', idempotencyKey: 'form-1' });
    const variables = { title: 'Again' };
    const first = await mutate(queryClient, options, variables);
    const second = await mutate(queryClient, options, variables);
    const keys = api.sent.filter((r) => r.method === 'POST').map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toBe('form-1');
    expect(keys[1]).toBe(keys[2]);
    // The replayed 201: one task, not two.
    expect(second).toEqual(first);
  });

  it('rejects with the problem’s field errors and leaves no placeholder', async () => {
    const api = mockApi();
    const todo = todoQueries(api.client(USER), USER);
    const queryClient = newQueryClient();
    await loadList(queryClient, todo);
    const error = await mutate(queryClient, todo.createTask(queryClient), { title: '' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400 });
    // The problem's pointers survive; the first message per field is the one to show.
    expect(fieldErrors(error)).toEqual({ title: 'must be at least 1 character' });
    expect(cachedList(queryClient, todo)).toEqual([]);
  });

  it('shows the task once when a refetch (or a live update) brought it before the create’s answer', async () => {
    const api = mockApi();
    const client = api.client(USER);
    const queryClient = newQueryClient();
    const todo = todoQueries(
      {
        ...client,
        tasks: {
          ...client.tasks,
          // The server has the task; before the answer reaches the mutation, the lists are refetched.
          create: async (...args: Parameters<typeof client.tasks.create>) => {
            const result = await client.tasks.create(...args);
            await queryClient.refetchQueries({ queryKey: todo.keys.lists() });
            return result;
          },
        },
      },
      USER,
    );
    await loadList(queryClient, todo);
    const { task } = await mutate(queryClient, todo.createTask(queryClient), { title: 'Once' });
    expect(cachedList(queryClient, todo)).toEqual([task]);
  });

  it('invalidates the unfiltered list and the one of its status, not the others', async () => {
    const api = mockApi();
    const todo = todoQueries(api.client(USER), USER);
    const queryClient = newQueryClient();
    for (const status of [undefined, 'pending', 'done'] as const) await loadList(queryClient, todo, { status });
    await mutate(queryClient, todo.createTask(queryClient), { title: 'Pending by default' });
    const invalidated = (status?: 'pending' | 'done') =>
      queryClient.getQueryState(todo.keys.list({ status }))?.isInvalidated;
    expect([invalidated(), invalidated('pending'), invalidated('done')]).toEqual([true, true, false]);
  });
});
