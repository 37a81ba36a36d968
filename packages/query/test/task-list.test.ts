// taskList: the infinite walk over next_cursor against the real mock (every task exactly
// once), across empty pages that carry a cursor, and with maxPages.
import { type Task, TodoApiError } from '@serverless-todo/client';
import { InfiniteQueryObserver, type InfiniteQueryObserverResult, type QueryClient } from '@tanstack/query-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type TaskListFilter, type TaskListOptions, type TaskPages, todoQueries } from '../src/index.ts';
import { mockApi, newQueryClient, useHandlers, useMockServer } from './support/mock-api.ts';
import { makeTask, type ScriptedPage, scriptedList } from './support/tasks.ts';

useMockServer();

const USER = 'walker';
const STATUSES = ['pending', 'in_progress', 'done'] as const;

/** Loads pages as "Load more" would, until the list says there is no next page. */
async function walk(
  queryClient: QueryClient,
  todo: ReturnType<typeof todoQueries>,
  filter: TaskListFilter,
  options?: TaskListOptions,
) {
  const observer = new InfiniteQueryObserver(queryClient, todo.taskList(filter, options));
  // refetch() is typed as a plain query's result; an infinite observer's has the page fields.
  let result = (await observer.refetch()) as InfiniteQueryObserverResult<TaskPages>;
  const seen: Task[][] = [result.data?.pages.at(-1)?.tasks ?? []];
  while (result.hasNextPage) {
    result = await observer.fetchNextPage();
    if (result.isError) throw result.error;
    seen.push(result.data?.pages.at(-1)?.tasks ?? []);
  }
  return { observer, result, seen };
}

describe('taskList over the mock', () => {
  const seed = {
    [USER]: Array.from({ length: 250 }, (_, i) => ({ title: `Task ${i}`, status: STATUSES[i % 3] })),
  };

  it('yields each of 250 tasks exactly once with limit 20, in 13 pages', async () => {
    const api = mockApi({ seed });
    const todo = todoQueries(api.client(USER), USER);
    const { seen, result } = await walk(newQueryClient(), todo, { limit: 20 });
    const titles = seen.flat().map((t) => t.title);
    expect(seen).toHaveLength(13);
    expect(new Set(titles).size).toBe(250);
    expect(titles.sort()).toEqual(seed[USER].map((t) => t.title).sort());
    expect(result.hasNextPage).toBe(false);
    expect(result.data?.pageParams[0]).toBeNull();
  });

  it.each(STATUSES)('yields every %s task exactly once', async (status) => {
    const api = mockApi({ seed });
    const todo = todoQueries(api.client(USER), USER);
    const { seen } = await walk(newQueryClient(), todo, { status, limit: 20 });
    const ids = seen.flat().map((t) => t.task_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(seen.flat().every((t) => t.status === status)).toBe(true);
    expect(ids).toHaveLength(seed[USER].filter((t) => t.status === status).length);
  });

  it('keeps a sliding window of maxPages pages, and a refetch reloads that window', async () => {
    const api = mockApi({ seed });
    const todo = todoQueries(api.client(USER), USER);
    const queryClient = newQueryClient();
    const { result, observer } = await walk(queryClient, todo, { limit: 20 }, { maxPages: 3 });
    expect(result.data?.pages).toHaveLength(3);
    const lastThree = result.data?.pages.flatMap((p) => p.tasks.map((t) => t.task_id));
    const refetched = await observer.refetch();
    expect(refetched.data?.pages).toHaveLength(3);
    expect(refetched.data?.pages.flatMap((p) => p.tasks.map((t) => t.task_id))).toEqual(lastThree);
  });

  it('fails with the mock’s 400 for a cursor it never issued', async () => {
    const api = mockApi();
    const todo = todoQueries(api.client(USER), USER);
    const observer = new InfiniteQueryObserver(newQueryClient(), {
      ...todo.taskList({}),
      initialPageParam: 'forged',
    });
    const result = await observer.refetch();
    expect(result.error).toBeInstanceOf(TodoApiError);
    expect(result.error).toMatchObject({ status: 400, errors: [{ pointer: '/query/cursor' }] });
  });
});

describe('taskList over scripted pages', () => {
  it('follows empty pages that carry a cursor, and stops only on null', async () => {
    const a = makeTask(USER, 1);
    const b = makeTask(USER, 2);
    const cursors: string[] = [];
    const api = mockApi();
    useHandlers(
      scriptedList(
        USER,
        {
          '': { tasks: [a], next: 'c1' },
          c1: { tasks: [], next: 'c2' },
          c2: { tasks: [], next: 'c3' },
          c3: { tasks: [b], next: 'c4' },
          c4: { tasks: [], next: null },
        },
        cursors,
      ),
    );
    const { seen, result } = await walk(newQueryClient(), todoQueries(api.client(USER), USER), {});
    // The app sees two pages of tasks and a last, empty one: no page in between is empty.
    expect(seen).toEqual([[a], [b], []]);
    expect(cursors).toEqual(['', 'c1', 'c2', 'c3', 'c4']);
    expect(result.hasNextPage).toBe(false);
  });

  it('property: any run of pages, empty or not, yields every task once, in order', async () => {
    const pagesArb = fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(pagesArb, async (sizes) => {
        let n = 0;
        const pages: Record<string, ScriptedPage> = {};
        const all: Task[] = [];
        sizes.forEach((size, i) => {
          const tasks = Array.from({ length: size }, () => makeTask(USER, ++n));
          all.push(...tasks);
          pages[i === 0 ? '' : `p${i}`] = { tasks, next: i === sizes.length - 1 ? null : `p${i + 1}` };
        });
        const cursors: string[] = [];
        const api = mockApi();
        useHandlers(scriptedList(USER, pages, cursors));
        const { seen } = await walk(newQueryClient(), todoQueries(api.client(USER), USER), {});
        expect(seen.flat()).toEqual(all);
        expect(cursors).toHaveLength(sizes.length);
        // Only the last page the app sees may be empty.
        expect(seen.slice(0, -1).every((page) => page.length > 0)).toBe(true);
      }),
      { seed: 1313, numRuns: 60 },
    );
  });
});
