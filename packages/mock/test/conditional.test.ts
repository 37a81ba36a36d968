import type { Problem, Task } from '@serverless-todo/contract';
import { describe, expect, it } from 'vitest';
import { call, createTask, mockApi, useMockServer } from './support/api.ts';

useMockServer();

const pathOf = (task: Task) => `/users/${task.user_id}/tasks/${task.task_id}`;

describe('If-Match', () => {
  it.each([
    ['the current strong ETag', '"1"', 200],
    ['the current weak ETag', 'W/"1"', 200],
    ['*', '*', 200],
    ['a stale version', '"7"', 412],
    ['a stale weak version', 'W/"0"', 412],
  ])('PATCH with %s → %i', async (_name, ifMatch, status) => {
    mockApi();
    const task = await createTask('u1');
    const res = await call('updateTask', 'PATCH', pathOf(task), {
      json: { title: 'new' },
      headers: { 'if-match': ifMatch },
    });
    expect(res.status).toBe(status);
    const now = (await call('getTask', 'GET', pathOf(task))).body as Task;
    expect(now.version).toBe(status === 200 ? 2 : 1);
    expect(now.title).toBe(status === 200 ? 'new' : task.title);
  });

  it('a PATCH with the ETag it read succeeds once; the second with the same ETag → 412', async () => {
    mockApi();
    const task = await createTask('u1');
    const read = await call('getTask', 'GET', pathOf(task));
    const etag = read.headers.get('etag') as string;
    const first = await call('updateTask', 'PATCH', pathOf(task), {
      json: { status: 'done' },
      headers: { 'if-match': etag },
    });
    expect(first.status).toBe(200);
    const second = await call('updateTask', 'PATCH', pathOf(task), {
      json: { status: 'pending' },
      headers: { 'if-match': etag },
    });
    expect(second.status).toBe(412);
    expect((second.body as Problem).detail).toBe('Read the task again and retry with its current ETag.');
  });

  it('DELETE with a stale ETag → 412 and the task stays; with the current one → 204', async () => {
    mockApi();
    const task = await createTask('u1');
    await call('updateTask', 'PATCH', pathOf(task), { json: { title: 'v2' } });
    expect((await call('deleteTask', 'DELETE', pathOf(task), { headers: { 'if-match': '"1"' } })).status).toBe(412);
    expect((await call('getTask', 'GET', pathOf(task))).status).toBe(200);
    expect((await call('deleteTask', 'DELETE', pathOf(task), { headers: { 'if-match': '"2"' } })).status).toBe(204);
    expect((await call('getTask', 'GET', pathOf(task))).status).toBe(404);
  });

  it('20 concurrent PATCHes with one ETag (with random latency) → one 200, nineteen 412, version + 1', async () => {
    mockApi({ delay: [0, 5] });
    const task = await createTask('u1');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call('updateTask', 'PATCH', pathOf(task), { json: { title: `writer ${i}` }, headers: { 'if-match': '"1"' } }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array(19).fill(412)]);
    expect(((await call('getTask', 'GET', pathOf(task))).body as Task).version).toBe(2);
  });
});
