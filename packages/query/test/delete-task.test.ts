// deleteTask: optimistic removal, If-Match from the cache, a 412 restores what the server
// holds, and a task already gone counts as deleted.
import { describe, expect, it } from 'vitest';
import { TaskConflictError, todoQueries } from '../src/index.ts';
import { byId, cachedList, loadList, mutate, serverList } from './support/cache.ts';
import { mockApi, newQueryClient, useMockServer } from './support/mock-api.ts';

useMockServer();

const USER = 'deleter';

async function setUp() {
  const api = mockApi({ seed: { [USER]: [{ title: 'Keep' }, { title: 'Drop' }] } });
  const client = api.client(USER);
  const todo = todoQueries(client, USER);
  const queryClient = newQueryClient();
  await loadList(queryClient, todo);
  const task = cachedList(queryClient, todo).find((t) => t.title === 'Drop')!;
  return { api, client, todo, queryClient, task };
}

describe('deleteTask', () => {
  it('removes the task at once and sends the cached ETag', async () => {
    const { api, client, todo, queryClient, task } = await setUp();
    const gate = api.hold();
    const deleted = mutate(queryClient, todo.deleteTask(queryClient), { taskId: task.task_id });
    await gate.reached;
    expect(cachedList(queryClient, todo).map((t) => t.title)).toEqual(['Keep']);
    gate.open();
    await deleted;
    expect(api.sent.find((r) => r.method === 'DELETE')?.headers.get('if-match')).toBe('"1"');
    expect(await serverList(client, USER)).toEqual(cachedList(queryClient, todo));
  });

  it('on a 412, puts back the server’s task and rejects with it', async () => {
    const { client, todo, queryClient, task } = await setUp();
    const theirs = await client.tasks.update(USER, task.task_id, { status: 'done' });
    const error = await mutate(queryClient, todo.deleteTask(queryClient), { taskId: task.task_id }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TaskConflictError);
    expect(error).toMatchObject({ current: theirs, yours: null });
    expect(byId(cachedList(queryClient, todo))).toEqual(byId(await serverList(client, USER)));
    expect(queryClient.getQueryData(todo.keys.task(task.task_id))).toEqual(theirs);
  });

  it('treats a task deleted elsewhere as deleted', async () => {
    const { client, todo, queryClient, task } = await setUp();
    await client.tasks.delete(USER, task.task_id);
    await expect(mutate(queryClient, todo.deleteTask(queryClient), { taskId: task.task_id })).resolves.toBeUndefined();
    expect(cachedList(queryClient, todo).map((t) => t.title)).toEqual(['Keep']);
  });
});
