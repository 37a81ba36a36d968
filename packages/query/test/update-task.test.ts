// updateTask: optimistic, If-Match from the cache, and on a 412 a rollback to what the
// server holds, a typed conflict carrying it, and only the affected lists invalidated.
import { describe, expect, it } from 'vitest';
import { isTaskConflictError, isUnauthorizedError, TaskConflictError, todoQueries } from '../src/index.ts';
import { byId, cachedList, loadList, mutate, serverList } from './support/cache.ts';
import { mockApi, newQueryClient, useMockServer } from './support/mock-api.ts';

useMockServer();

const USER = 'editor';

async function setUp() {
  const api = mockApi({
    seed: { [USER]: [{ title: 'Write the handler' }, { title: 'Ship it', status: 'done' }] },
  });
  const client = api.client(USER);
  const todo = todoQueries(client, USER);
  const queryClient = newQueryClient();
  await Promise.all([loadList(queryClient, todo), loadList(queryClient, todo, { status: 'pending' })]);
  const task = cachedList(queryClient, todo).find((t) => t.title === 'Write the handler')!;
  return { api, client, todo, queryClient, task };
}

describe('updateTask', () => {
  it('shows the change at once, sends the cached ETag, and caches the server’s answer', async () => {
    const { api, todo, queryClient, task } = await setUp();
    const gate = api.hold();
    const done = mutate(queryClient, todo.updateTask(queryClient), {
      taskId: task.task_id,
      patch: { title: 'Renamed' },
    });
    await gate.reached;
    expect(cachedList(queryClient, todo).find((t) => t.task_id === task.task_id)?.title).toBe('Renamed');
    gate.open();
    const result = await done;
    expect(api.sent.at(-1)?.headers.get('if-match')).toBe('"1"');
    expect(result).toMatchObject({ task: { title: 'Renamed', version: 2 }, etag: '"2"' });
    expect(queryClient.getQueryData(todo.keys.task(task.task_id))).toEqual(result);
    expect(cachedList(queryClient, todo).find((t) => t.task_id === task.task_id)).toEqual(result.task);
  });

  it('on a 412, leaves every cached copy equal to the server and rejects with the server’s task', async () => {
    const { client, todo, queryClient, task } = await setUp();
    // Someone else renames it: the server is at version 2, the cache still at 1.
    const theirs = await client.tasks.update(USER, task.task_id, { title: 'Renamed elsewhere' }, { ifMatch: 1 });

    const error = await mutate(queryClient, todo.updateTask(queryClient), {
      taskId: task.task_id,
      patch: { status: 'done' },
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TaskConflictError);
    expect(isTaskConflictError(error) && error).toMatchObject({
      status: 412,
      taskId: task.task_id,
      current: theirs,
      yours: { status: 'done' },
      cause: { status: 412 },
    });
    expect(queryClient.getQueryData(todo.keys.task(task.task_id))).toEqual(theirs);
    for (const filter of [{}, { status: 'pending' as const }]) {
      expect(byId(cachedList(queryClient, todo, filter))).toEqual(byId(await serverList(client, USER, filter)));
    }
  });

  it('on a 412 for a task deleted elsewhere, drops it from the cache', async () => {
    const { client, todo, queryClient, task } = await setUp();
    await client.tasks.delete(USER, task.task_id);
    const error = await mutate(queryClient, todo.updateTask(queryClient), {
      taskId: task.task_id,
      patch: { title: 'x' },
      ifMatch: '"1"',
    }).catch((e: unknown) => e);
    // The API answers a missing task with 404 before it looks at If-Match.
    expect(error).toMatchObject({ status: 404 });
    expect(byId(cachedList(queryClient, todo))).toEqual(byId(await serverList(client, USER)));
  });

  it('invalidates only the lists a status change moves the task between', async () => {
    const { todo, queryClient, task } = await setUp();
    await loadList(queryClient, todo, { status: 'in_progress' });
    await loadList(queryClient, todo, { status: 'done' });
    await mutate(queryClient, todo.updateTask(queryClient), { taskId: task.task_id, patch: { status: 'in_progress' } });
    const invalidated = (status?: 'pending' | 'in_progress' | 'done') =>
      queryClient.getQueryState(todo.keys.list({ status }))?.isInvalidated;
    expect([invalidated(), invalidated('pending'), invalidated('in_progress'), invalidated('done')]).toEqual([
      false, // the unfiltered list keeps the task where it was: patched in place
      true,
      true,
      false,
    ]);
    expect(cachedList(queryClient, todo, { status: 'pending' })).toEqual([]);
    expect(cachedList(queryClient, todo).find((t) => t.task_id === task.task_id)?.status).toBe('in_progress');
  });

  it('invalidates no list for a title edit', async () => {
    const { todo, queryClient, task } = await setUp();
    await mutate(queryClient, todo.updateTask(queryClient), { taskId: task.task_id, patch: { title: 'New' } });
    for (const status of [undefined, 'pending' as const])
      expect(queryClient.getQueryState(todo.keys.list({ status }))?.isInvalidated).toBe(false);
  });

  it('on a 401, rolls the optimistic change back and rejects with the unauthorized state', async () => {
    const { api, todo, queryClient, task } = await setUp();
    const expired = todoQueries(api.client(USER, 'not-a-jwt'), USER);
    const before = cachedList(queryClient, todo);
    const error = await mutate(queryClient, expired.updateTask(queryClient), {
      taskId: task.task_id,
      patch: { title: 'Never saved' },
    }).catch((e: unknown) => e);
    expect(isUnauthorizedError(error)).toBe(true);
    expect(cachedList(queryClient, todo)).toEqual(before);
  });

  it('runs two edits of one task in order, the second with the ETag of the first', async () => {
    const { api, todo, queryClient, task } = await setUp();
    const options = todo.updateTask(queryClient);
    const [first, second] = await Promise.all([
      mutate(queryClient, options, { taskId: task.task_id, patch: { title: 'One' } }),
      mutate(queryClient, options, { taskId: task.task_id, patch: { status: 'done' } }),
    ]);
    expect(first.etag).toBe('"2"');
    expect(second).toMatchObject({ task: { title: 'One', status: 'done', version: 3 } });
    expect(api.sent.filter((r) => r.method === 'PATCH').map((r) => r.headers.get('if-match'))).toEqual(['"1"', '"2"']);
  });
});
