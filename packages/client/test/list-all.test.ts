// listAll walks every page and stops only when there is no cursor left.
import { describe, expect, it } from 'vitest';
import { createTodoClient, type Task } from '../src/index.ts';
import { fakeFetch } from './support/fake-fetch.ts';
import { contractResponse, makeTask, problemResponse, USER } from './support/responses.ts';

const task = (n: number): Task =>
  makeTask({ task_id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, title: `t${n}` });
const page = (tasks: Task[], next_cursor: string | null) => contractResponse('listTasks', 200, { tasks, next_cursor });

describe('tasks.listAll', () => {
  it('goes on past an empty page that has a cursor, and ends at next_cursor: null', async () => {
    const { fetch, requests } = fakeFetch(
      page([task(1), task(2)], 'c1'),
      page([], 'c2'),
      page([], 'c3'),
      page([task(3)], null),
    );
    const client = createTodoClient({ baseUrl: 'http://127.0.0.1:9', fetch });
    const seen: string[] = [];
    for await (const t of client.tasks.listAll(USER, { status: 'pending', limit: 2 })) seen.push(t.title);
    expect(seen).toEqual(['t1', 't2', 't3']);
    expect(requests.map((r) => new URL(r.url).search)).toEqual([
      '?limit=2&status=pending',
      '?limit=2&cursor=c1&status=pending',
      '?limit=2&cursor=c2&status=pending',
      '?limit=2&cursor=c3&status=pending',
    ]);
  });

  it('starts from a given cursor', async () => {
    const { fetch, requests } = fakeFetch(page([task(9)], null));
    const client = createTodoClient({ baseUrl: 'http://127.0.0.1:9', fetch });
    const all = [];
    for await (const t of client.tasks.listAll(USER, { cursor: 'resume' })) all.push(t);
    expect(all).toEqual([task(9)]);
    expect(new URL(requests[0]!.url).searchParams.get('cursor')).toBe('resume');
  });

  it('yields nothing for an empty list', async () => {
    const { fetch } = fakeFetch(page([], null));
    const client = createTodoClient({ baseUrl: 'http://127.0.0.1:9', fetch });
    const all = [];
    for await (const t of client.tasks.listAll(USER)) all.push(t);
    expect(all).toEqual([]);
  });

  it('sends no further request when the caller stops early', async () => {
    const { fetch, requests } = fakeFetch(page([task(1), task(2)], 'c1'));
    const client = createTodoClient({ baseUrl: 'http://127.0.0.1:9', fetch });
    for await (const t of client.tasks.listAll(USER)) if (t.title === 't1') break;
    expect(requests).toHaveLength(1);
  });

  it('throws the page’s error, after the tasks it already yielded', async () => {
    const { fetch } = fakeFetch(
      page([task(1)], 'tampered'),
      problemResponse('listTasks', 400, {
        errors: [{ pointer: '/query/cursor', detail: 'invalid cursor' }],
      }),
    );
    const client = createTodoClient({ baseUrl: 'http://127.0.0.1:9', fetch });
    const seen: string[] = [];
    const walk = async () => {
      for await (const t of client.tasks.listAll(USER)) seen.push(t.title);
    };
    await expect(walk()).rejects.toMatchObject({ status: 400, errors: [{ pointer: '/query/cursor' }] });
    expect(seen).toEqual(['t1']);
  });
});
