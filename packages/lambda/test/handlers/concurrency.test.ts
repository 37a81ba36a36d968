// Optimistic concurrency and deletes: a stale If-Match loses, and a deleted task stays deleted.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { invoke } from '../support/invoke.ts';
import { startWorld, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const user_id = 'racer';

test('20 concurrent PATCHes with the same If-Match: one 200, nineteen 412, version + 1', async () => {
  const task = await world.create(user_id);
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      invoke(world.handlers.updateTask, 'updateTask', {
        pathParameters: { user_id, task_id: task.task_id },
        body: { title: `writer ${i}` },
        headers: { 'If-Match': `"${task.version}"` },
      }),
    ),
  );
  const statuses = answers.map((answer) => answer.status);
  expect(statuses.filter((status) => status === 200)).toHaveLength(1);
  expect(statuses.filter((status) => status === 412)).toHaveLength(19);
  const winner = answers.find((answer) => answer.status === 200);
  expect(winner?.headers.ETag).toBe(`"${task.version + 1}"`);

  const final = await invoke(world.handlers.getTask, 'getTask', { pathParameters: { user_id, task_id: task.task_id } });
  expect(final.body.version).toBe(task.version + 1);
  expect(final.body.title).toBe(winner?.body.title);
});

test('PATCH, GET and DELETE after a DELETE give 404, and the item stays absent', async () => {
  const task = await world.create(user_id);
  const pathParameters = { user_id, task_id: task.task_id };
  expect((await invoke(world.handlers.deleteTask, 'deleteTask', { pathParameters })).status).toBe(204);

  const afterwards = [
    await invoke(world.handlers.updateTask, 'updateTask', { pathParameters, body: { status: 'done' } }),
    await invoke(world.handlers.updateTask, 'updateTask', {
      pathParameters,
      body: { status: 'done' },
      headers: { 'If-Match': '*' },
    }),
    await invoke(world.handlers.updateTask, 'updateTask', {
      pathParameters,
      body: { status: 'done' },
      headers: { 'If-Match': '"1"' },
    }),
    await invoke(world.handlers.getTask, 'getTask', { pathParameters }),
    await invoke(world.handlers.deleteTask, 'deleteTask', { pathParameters }),
    await invoke(world.handlers.deleteTask, 'deleteTask', { pathParameters, headers: { 'If-Match': '"1"' } }),
  ];
  expect(afterwards.map((answer) => answer.status)).toEqual([404, 404, 404, 404, 404, 404]);
  const stored = await world.stored(user_id);
  expect(stored.map((item) => item.task_id)).not.toContain(task.task_id);
});

test('If-Match forms: "n", W/"n" and * all match the current version', async () => {
  const task = await world.create(user_id);
  const pathParameters = { user_id, task_id: task.task_id };
  const patches = ['"1"', 'W/"2"', '*'];
  for (const [i, ifMatch] of patches.entries()) {
    const answer = await invoke(world.handlers.updateTask, 'updateTask', {
      pathParameters,
      body: { description: `rev ${i}` },
      headers: { 'If-Match': ifMatch },
    });
    expect(answer.status, ifMatch).toBe(200);
    expect(answer.body.version).toBe(i + 2);
  }
  const gone = await invoke(world.handlers.deleteTask, 'deleteTask', {
    pathParameters,
    headers: { 'If-Match': '"4"' },
  });
  expect(gone.status).toBe(204);
});

test('PATCH changes only the given fields, including the reserved word status and a null due_date', async () => {
  const task = await world.create(user_id, { title: 'Keep me', description: 'd', due_date: '2026-12-01T17:00:00Z' });
  const answer = await invoke(world.handlers.updateTask, 'updateTask', {
    pathParameters: { user_id, task_id: task.task_id },
    body: { status: 'in_progress', due_date: null },
  });
  expect(answer.body).toMatchObject({
    title: 'Keep me',
    description: 'd',
    status: 'in_progress',
    due_date: null,
    created_at: task.created_at,
    version: 2,
  });
  expect(answer.body.updated_at >= task.updated_at).toBe(true);
});
