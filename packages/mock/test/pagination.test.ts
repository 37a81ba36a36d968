import type { Task, TaskList, TaskStatus } from '@serverless-todo/contract';
import { describe, expect, it } from 'vitest';
import type { SeedTask } from '../src/index.ts';
import { call, createTask, mockApi, useMockServer } from './support/api.ts';

useMockServer();

const STATUSES: readonly TaskStatus[] = ['pending', 'in_progress', 'done'];
const idOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** `count` tasks with fixed ids in shuffled seed order and statuses cycling through all three. */
const seedTasks = (count: number): SeedTask[] =>
  Array.from({ length: count }, (_, i) => ({
    task_id: idOf((i * 7919) % 100003),
    title: `t${i}`,
    status: STATUSES[i % 3],
  }));

/** Follows next_cursor to the end; the walk is bounded so a looping cursor fails instead of hanging. */
async function walk(user: string, limit: number | undefined, status?: TaskStatus) {
  const pages: TaskList[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 1000; i++) {
    const query = new URLSearchParams();
    if (limit !== undefined) query.set('limit', String(limit));
    if (status) query.set('status', status);
    if (cursor) query.set('cursor', cursor);
    const res = await call('listTasks', 'GET', `/users/${user}/tasks?${query}`);
    expect(res.status).toBe(200);
    const page = res.body as TaskList;
    pages.push(page);
    cursor = page.next_cursor;
    if (cursor === null) return pages;
  }
  throw new Error('the walk did not end within 1000 pages');
}

function expectWellFormed(pages: TaskList[], limit: number) {
  for (const [i, page] of pages.entries()) {
    expect(page.tasks.length).toBeLessThanOrEqual(limit);
    // Like the API (which reads one item ahead), every page but the last is full, and a
    // cursor is only handed out when more tasks follow: no empty trailing page.
    const last = i === pages.length - 1;
    expect(page.next_cursor === null).toBe(last);
    if (!last) expect(page.tasks.length).toBe(limit);
    if (last && i > 0) expect(page.tasks.length).toBeGreaterThan(0);
  }
}

describe('pagination walk', () => {
  const counts = [0, 1, 19, 20, 21, 99, 100, 101, 250];
  const limits = [1, 7, 20, 50, 100];
  for (const count of counts) {
    it(`${count} tasks: every limit returns every task exactly once, in task_id order`, async () => {
      const tasks = seedTasks(count);
      mockApi({ seed: { u1: tasks } });
      const expected = tasks.map((t) => t.task_id as string).sort();
      for (const limit of limits) {
        const pages = await walk('u1', limit);
        expectWellFormed(pages, limit);
        expect(pages.flatMap((p) => p.tasks.map((t) => t.task_id))).toEqual(expected);
      }
    });
  }

  it('limit defaults to 20', async () => {
    mockApi({ seed: { u1: seedTasks(45) } });
    const pages = await walk('u1', undefined);
    expect(pages.map((p) => p.tasks.length)).toEqual([20, 20, 5]);
  });

  it('walks tasks created through the API (random uuids) exactly once', async () => {
    mockApi();
    const created: Task[] = [];
    for (let i = 0; i < 57; i++) created.push(await createTask('u1', { title: `t${i}` }));
    const pages = await walk('u1', 10);
    expectWellFormed(pages, 10);
    expect(pages.flatMap((p) => p.tasks)).toEqual([...created].sort((a, b) => (a.task_id < b.task_id ? -1 : 1)));
  });

  it.each(STATUSES)('a status=%s walk returns exactly the tasks in that status', async (status) => {
    const tasks = seedTasks(250);
    mockApi({ seed: { u1: tasks } });
    const expected = tasks.filter((t) => t.status === status).map((t) => t.task_id);
    for (const limit of [3, 20, 100]) {
      const pages = await walk('u1', limit, status);
      expectWellFormed(pages, limit);
      const got = pages.flatMap((p) => p.tasks);
      expect(got.every((t) => t.status === status)).toBe(true);
      expect(got.map((t) => t.task_id)).toEqual(expected.sort());
    }
  });

  it('keeps users apart', async () => {
    mockApi({ seed: { u1: seedTasks(5), u2: seedTasks(3) } });
    expect((await walk('u1', 100)).flatMap((p) => p.tasks).every((t) => t.user_id === 'u1')).toBe(true);
    expect((await walk('u2', 100))[0]?.tasks).toHaveLength(3);
  });
});

describe('empty pages', () => {
  it('a filter that matches nothing gives one empty, final page', async () => {
    mockApi({ seed: { u1: [{ title: 'a' }, { title: 'b' }] } });
    const res = await call('listTasks', 'GET', '/users/u1/tasks?status=done');
    expect(res.body).toEqual({ tasks: [], next_cursor: null });
  });

  it('a full filtered page that ends the matches is the last one (no empty page after it)', async () => {
    mockApi({
      seed: {
        u1: [
          { task_id: idOf(1), title: 'p1' },
          { task_id: idOf(2), title: 'p2' },
          { task_id: idOf(3), title: 'd3', status: 'done' },
        ],
      },
    });
    const first = (await call('listTasks', 'GET', '/users/u1/tasks?limit=2&status=pending')).body as TaskList;
    expect(first).toEqual({
      tasks: [expect.objectContaining({ title: 'p1' }), expect.objectContaining({ title: 'p2' })],
      next_cursor: null,
    });
    const unfiltered = (await call('listTasks', 'GET', '/users/u1/tasks?limit=2')).body as TaskList;
    expect(unfiltered.next_cursor).not.toBeNull();
  });

  it('a cursor still continues after its last task is deleted (an exclusive start key)', async () => {
    mockApi({ seed: { u1: [1, 2, 3, 4].map((n) => ({ task_id: idOf(n), title: `t${n}` })) } });
    const first = (await call('listTasks', 'GET', '/users/u1/tasks?limit=2')).body as TaskList;
    expect((await call('deleteTask', 'DELETE', `/users/u1/tasks/${idOf(2)}`)).status).toBe(204);
    const second = (await call('listTasks', 'GET', `/users/u1/tasks?limit=2&cursor=${first.next_cursor}`))
      .body as TaskList;
    expect(second.tasks.map((t) => t.task_id)).toEqual([idOf(3), idOf(4)]);
  });
});
