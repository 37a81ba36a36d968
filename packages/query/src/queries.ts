// Read options: one task, and a list read page by page over the API's opaque cursors.
import type { TaskList, TaskResult, TodoClient } from '@serverless-todo/client';
import type { DefaultError, InfiniteQueryObserverOptions, QueryObserverOptions } from '@tanstack/query-core';
import type { TaskKey, TaskListFilter, TaskListKey, TaskPageKey, TaskPages, TodoKeys } from './keys.ts';

/**
 * Options of a single task, for `useQuery`, `fetchQuery`, `ensureQueryData`… Data: `{ task, etag }`.
 *
 * @example
 * ```ts
 * const { data } = useQuery(todo.task(id)); // data?.task.title, data?.etag
 * ```
 */
export type TaskQueryOptions = QueryObserverOptions<TaskResult, DefaultError, TaskResult, TaskResult, TaskKey> & {
  queryKey: TaskKey;
};

/**
 * Options of one page of a list, for `useQuery`: numbered pages instead of "Load more".
 *
 * @example
 * ```ts
 * const [cursor, setCursor] = useState<string | null>(null);
 * const page = useQuery(todo.taskPage({ status: 'done' }, cursor)); // page.data?.next_cursor
 * ```
 */
export type TaskPageQueryOptions = QueryObserverOptions<TaskList, DefaultError, TaskList, TaskList, TaskPageKey> & {
  queryKey: TaskPageKey;
};

/**
 * Options of a list, for `useInfiniteQuery` or an `InfiniteQueryObserver`. Each page is a
 * {@link TaskList}; the page parameter is its cursor (`null` for the first page).
 *
 * @example
 * ```ts
 * const list = useInfiniteQuery(todo.taskList({ status: 'pending' }));
 * const tasks = list.data?.pages.flatMap((page) => page.tasks) ?? [];
 * ```
 */
export type TaskListQueryOptions = InfiniteQueryObserverOptions<
  TaskList,
  DefaultError,
  TaskPages,
  TaskListKey,
  string | null
> & { queryKey: TaskListKey; initialPageParam: string | null };

/**
 * How a list keeps its pages.
 *
 * @example
 * ```ts
 * todo.taskList({}, { maxPages: 10 }); // at most 10 pages (a sliding window) in memory
 * ```
 */
export interface TaskListOptions {
  /**
   * Keep at most this many pages; loading another drops the oldest. Cursors only go forward,
   * so the window does not scroll back: to see the top again, `resetQueries` the list key.
   * A refetch reloads the window from its first kept cursor, so it stays the same size.
   */
  maxPages?: number;
}

// The SDK already retried what is safe to retry (network errors, 429, 502-504, honouring
// Retry-After); retrying again here would multiply the waits and repeat a 4xx.
const retry = false;

/** Builds `task(taskId)`. */
export const taskQuery =
  (client: TodoClient, userId: string, keys: TodoKeys) =>
  (taskId: string): TaskQueryOptions => ({
    queryKey: keys.task(taskId),
    queryFn: ({ signal }) => client.tasks.get(userId, taskId, { signal }),
    retry,
  });

/** Builds `taskPage(filter, cursor)` and `taskList(filter, options)`, which share one page fetch. */
export function listQueries(client: TodoClient, userId: string, keys: TodoKeys) {
  const fetchPage = (filter: TaskListFilter, cursor: string | null, signal: AbortSignal) =>
    client.tasks.list(userId, { ...filter, cursor: cursor ?? undefined, signal });
  return {
    // One page as the API answers it: it may be empty and still carry a cursor.
    taskPage: (filter: TaskListFilter = {}, cursor: string | null = null): TaskPageQueryOptions => ({
      queryKey: keys.page(filter, cursor),
      queryFn: ({ signal }) => fetchPage(filter, cursor, signal),
      retry,
    }),
    taskList: (filter: TaskListFilter = {}, { maxPages }: TaskListOptions = {}): TaskListQueryOptions => ({
      queryKey: keys.list(filter),
      // A page can be empty and still carry a cursor (DynamoDB stops a page at 1 MB or `limit`
      // before the filter runs). Such pages are followed here, so every page the app sees has
      // tasks unless it is the last: "Load more" never shows nothing while more exist.
      queryFn: async ({ pageParam, signal }) => {
        let page: TaskList;
        let cursor = pageParam;
        do {
          page = await fetchPage(filter, cursor, signal);
          cursor = page.next_cursor;
        } while (page.tasks.length === 0 && cursor !== null);
        return page;
      },
      initialPageParam: null,
      // Only `null` ends a list: query-core reads a null or undefined param as "no next page".
      getNextPageParam: (last) => last.next_cursor,
      maxPages,
      retry,
    }),
  };
}
