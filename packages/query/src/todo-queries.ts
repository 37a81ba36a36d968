// The entry point: everything of one user, built from one SDK client and one key factory.
import type { TodoClient } from '@serverless-todo/client';
import type { QueryClient } from '@tanstack/query-core';
import type { TaskListFilter } from './keys.ts';
import { type TodoKeys, todoKeys } from './keys.ts';
import { type CreateTaskOptions, type DeleteTaskOptions, taskMutations, type UpdateTaskOptions } from './mutations.ts';
import {
  listQueries,
  type TaskListOptions,
  type TaskListQueryOptions,
  type TaskPageQueryOptions,
  type TaskQueryOptions,
  taskQuery,
} from './queries.ts';

/**
 * The query and mutation options of one user's tasks. See {@link todoQueries}.
 *
 * @example
 * ```ts
 * const todo: TodoQueries = todoQueries(client, 'user123');
 * ```
 */
export interface TodoQueries {
  /** The key factory every option below uses. */
  readonly keys: TodoKeys;
  /** One task, `{ task, etag }`. */
  task(taskId: string): TaskQueryOptions;
  /** One page of a filtered list at a cursor (`null`: the first), for numbered paging. */
  taskPage(filter?: TaskListFilter, cursor?: string | null): TaskPageQueryOptions;
  /** A filtered list, page by page over `next_cursor`; only `null` ends it. */
  taskList(filter?: TaskListFilter, options?: TaskListOptions): TaskListQueryOptions;
  /** Creates a task: optimistic insert, one Idempotency-Key across retries. */
  createTask(queryClient: QueryClient): CreateTaskOptions;
  /** Patches a task: optimistic, `If-Match` from the cache, a {@link TaskConflictError} on 412. */
  updateTask(queryClient: QueryClient): UpdateTaskOptions;
  /** Deletes a task: optimistic, `If-Match` from the cache, a {@link TaskConflictError} on 412. */
  deleteTask(queryClient: QueryClient): DeleteTaskOptions;
}

/**
 * TanStack Query options for one user's tasks, on an SDK client. Works with every adapter
 * (React, Vue, Solid, Svelte) and with a bare `QueryClient`.
 *
 * @example
 * ```ts
 * import { createTodoClient } from '@serverless-todo/client';
 * import { todoQueries } from '@serverless-todo/query';
 * import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
 *
 * const todo = todoQueries(createTodoClient({ baseUrl, token }), 'user123');
 * const list = useInfiniteQuery(todo.taskList({ status: 'pending' }));
 * const update = useMutation(todo.updateTask(useQueryClient()));
 * update.mutate({ taskId, patch: { status: 'done' } }); // If-Match from the cache; 412 → TaskConflictError
 * ```
 */
export function todoQueries(client: TodoClient, userId: string): TodoQueries {
  const keys = todoKeys(userId);
  return {
    keys,
    task: taskQuery(client, userId, keys),
    ...listQueries(client, userId, keys),
    ...taskMutations(client, userId, keys),
  };
}
