// The one query-key factory. Every option, cache write and invalidation of this package builds
// its keys here, so a list key, a task key and their prefixes always agree.
import type { TaskList, TaskResult, TaskStatus } from '@serverless-todo/client';
import type { DataTag, DefaultError, InfiniteData } from '@tanstack/query-core';

/**
 * Which tasks a list shows: the API's `status` filter and page size (`limit`, 1-100, default 20).
 *
 * @example
 * ```ts
 * const filter: TaskListFilter = { status: 'pending', limit: 50 };
 * ```
 */
export interface TaskListFilter {
  status?: TaskStatus | undefined;
  limit?: number | undefined;
}

/**
 * The cached data of a list: the pages loaded so far and the cursor each was loaded with
 * (`null` for the first page).
 *
 * @example
 * ```ts
 * const data: TaskPages | undefined = queryClient.getQueryData(todo.keys.list({}));
 * const loaded = data?.pages.flatMap((page) => page.tasks) ?? [];
 * ```
 */
export type TaskPages = InfiniteData<TaskList, string | null>;

/** The key of one task; `getQueryData` on it is typed as a {@link TaskResult}. */
export type TaskKey = DataTag<readonly ['serverless-todo', string, 'task', string], TaskResult, DefaultError>;

/** The key of one page of a list; `getQueryData` on it is typed as a {@link TaskList}. */
export type TaskPageKey = DataTag<
  readonly ['serverless-todo', string, 'list', { status?: TaskStatus; limit?: number }, string | null],
  TaskList,
  DefaultError
>;

/** The key of one list; `getQueryData` on it is typed as {@link TaskPages}. */
export type TaskListKey = DataTag<
  readonly ['serverless-todo', string, 'list', { status?: TaskStatus; limit?: number }],
  TaskPages,
  DefaultError
>;

/**
 * The keys of one user's cache entries, from the broadest prefix to a single entry. Give any
 * prefix to `invalidateQueries`, `cancelQueries` or `removeQueries`.
 *
 * @example
 * ```ts
 * const keys = todoKeys('user123');
 * queryClient.invalidateQueries({ queryKey: keys.lists() }); // every list of the user
 * queryClient.getQueryData(keys.task(id)); // TaskResult | undefined
 * ```
 */
export interface TodoKeys {
  /** Everything of this user: sign-out calls `removeQueries({ queryKey: keys.all })`. */
  readonly all: readonly ['serverless-todo', string];
  /** Every list of this user, whatever its filter. */
  lists(): readonly ['serverless-todo', string, 'list'];
  /** One filtered list. `{}` and `{ status: undefined }` are the same key. */
  list(filter?: TaskListFilter): TaskListKey;
  /** One page of a filtered list, at a cursor (`null`: the first page); under `lists()`. */
  page(filter?: TaskListFilter, cursor?: string | null): TaskPageKey;
  /** Every single-task entry of this user. */
  tasks(): readonly ['serverless-todo', string, 'task'];
  /** One task. */
  task(taskId: string): TaskKey;
}

/**
 * Builds the key factory of one user.
 *
 * @example
 * ```ts
 * todoKeys('u1').list({ status: 'done' }); // ['serverless-todo', 'u1', 'list', { status: 'done' }]
 * ```
 */
export function todoKeys(userId: string): TodoKeys {
  const all = ['serverless-todo', userId] as const;
  // Only the given fields, so equal filters hash and match alike however they were written.
  const list = ({ status, limit }: TaskListFilter = {}) =>
    [...all, 'list', { ...(status && { status }), ...(limit && { limit }) }] as unknown as TaskListKey;
  return {
    all,
    lists: () => [...all, 'list'],
    list,
    page: (filter, cursor = null) => [...list(filter), cursor] as unknown as TaskPageKey,
    tasks: () => [...all, 'task'],
    task: (taskId) => [...all, 'task', taskId] as unknown as TaskKey,
  };
}

/** The filter of a list key, as {@link todoKeys} stored it. */
export const filterOf = (queryKey: readonly unknown[]): TaskListFilter => (queryKey[3] ?? {}) as TaskListFilter;
