// Cache writes shared by the mutations. A task lives in its own entry and in every loaded
// list page; these keep all copies equal, and decide which lists a change makes stale.
import type { Task, TaskResult, TaskStatus } from '@serverless-todo/client';
import type { QueryClient } from '@tanstack/query-core';
import { filterOf, type TaskPages, type TodoKeys } from './keys.ts';

const etagOf = (task: Task): TaskResult => ({ task, etag: `"${task.version}"` });

const shows = (queryKey: readonly unknown[], status: TaskStatus) => {
  const filter = filterOf(queryKey).status;
  return filter === undefined || filter === status;
};

/** Rewrites the pages of every loaded list that holds the task; the others stay untouched. */
function mapLists(
  client: QueryClient,
  keys: TodoKeys,
  taskId: string,
  map: (tasks: Task[], queryKey: readonly unknown[]) => Task[],
) {
  for (const [queryKey, data] of client.getQueriesData<TaskPages>({ queryKey: keys.lists() })) {
    // A single page (taskPage) has no `pages`: it is left to the invalidation.
    if (data?.pages?.some((page) => page.tasks.some((t) => t.task_id === taskId)))
      client.setQueryData<TaskPages>(queryKey, {
        ...data,
        pages: data.pages.map((page) => ({ ...page, tasks: map(page.tasks, queryKey) })),
      });
  }
}

/**
 * The freshest copy of a task in the cache (highest version), with its ETag.
 *
 * @example
 * ```ts
 * const cached = findTask(queryClient, keys, id); // { task, etag } | undefined
 * ```
 */
export function findTask(client: QueryClient, keys: TodoKeys, taskId: string): TaskResult | undefined {
  let found = client.getQueryData(keys.task(taskId));
  for (const [, data] of client.getQueriesData<TaskPages>({ queryKey: keys.lists() }))
    for (const page of data?.pages ?? [])
      for (const task of page.tasks)
        if (task.task_id === taskId && (found?.task.version ?? -1) < task.version) found = etagOf(task);
  return found;
}

/**
 * Writes a task everywhere it is cached: its own entry, and each list that has it (it leaves
 * the lists whose status filter it no longer matches).
 *
 * @example
 * ```ts
 * putTask(queryClient, keys, await client.tasks.get('u1', id));
 * ```
 */
export function putTask(client: QueryClient, keys: TodoKeys, result: TaskResult): void {
  const { task } = result;
  client.setQueryData(keys.task(task.task_id), result);
  mapLists(client, keys, task.task_id, (tasks, queryKey) =>
    tasks.flatMap((t) => (t.task_id !== task.task_id ? [t] : shows(queryKey, task.status) ? [task] : [])),
  );
}

/**
 * Puts a new task at the top of the first page of every loaded list that shows its status.
 *
 * @example
 * ```ts
 * insertTask(queryClient, keys, created.task);
 * ```
 */
export function insertTask(client: QueryClient, keys: TodoKeys, task: Task): void {
  for (const [queryKey, data] of client.getQueriesData<TaskPages>({ queryKey: keys.lists() })) {
    const [first, ...rest] = data?.pages ?? [];
    if (data && first && shows(queryKey, task.status))
      client.setQueryData<TaskPages>(queryKey, {
        ...data,
        pages: [{ ...first, tasks: [task, ...first.tasks] }, ...rest],
      });
  }
}

/**
 * Takes a task out of every list and, unless `keepEntry`, out of its own entry.
 *
 * @example
 * ```ts
 * dropTask(queryClient, keys, id);
 * ```
 */
export function dropTask(client: QueryClient, keys: TodoKeys, taskId: string, keepEntry?: boolean): void {
  if (!keepEntry) client.removeQueries({ queryKey: keys.task(taskId), exact: true });
  mapLists(client, keys, taskId, (tasks) => tasks.filter((t) => t.task_id !== taskId));
}

/**
 * Marks stale (and refetches, if watched) exactly the lists whose membership a change can
 * alter: those filtered by one of `statuses` (`null`: any status), plus the unfiltered ones
 * when `unfiltered`.
 *
 * @example
 * ```ts
 * await invalidateLists(queryClient, keys, ['pending', 'done'], false); // a task went from pending to done
 * ```
 */
export function invalidateLists(
  client: QueryClient,
  keys: TodoKeys,
  statuses: readonly (TaskStatus | undefined)[] | null,
  unfiltered: boolean,
): Promise<void> {
  return client.invalidateQueries({
    queryKey: keys.lists(),
    predicate: ({ queryKey }) => {
      const { status } = filterOf(queryKey);
      return status === undefined ? unfiltered : !statuses || statuses.includes(status);
    },
  });
}
