// Reads and drives the cache the way an app's components would, without a UI framework.
import type { Task, TodoClient } from '@serverless-todo/client';
import { MutationObserver, type MutationOptions, type QueryClient } from '@tanstack/query-core';
import type { TaskListFilter, TodoQueries } from '../../src/index.ts';

/** Loads every page of a list into the cache. */
export async function loadList(queryClient: QueryClient, todo: TodoQueries, filter: TaskListFilter = {}) {
  await queryClient.fetchInfiniteQuery({ ...todo.taskList(filter), pages: 100 });
}

/** The tasks a cached list holds, in page order. */
export const cachedList = (queryClient: QueryClient, todo: TodoQueries, filter: TaskListFilter = {}): Task[] =>
  queryClient.getQueryData(todo.keys.list(filter))?.pages.flatMap((page) => page.tasks) ?? [];

/** Every task of a list as the server holds it now (a separate read, not the cache). */
export async function serverList(client: TodoClient, userId: string, filter: TaskListFilter = {}): Promise<Task[]> {
  const tasks: Task[] = [];
  for await (const task of client.tasks.listAll(userId, filter)) tasks.push(task);
  return tasks;
}

/** Runs a mutation through a MutationObserver, as `useMutation(...).mutateAsync` does. */
export function mutate<TData, TVariables, TContext>(
  queryClient: QueryClient,
  options: MutationOptions<TData, Error, TVariables, TContext>,
  variables: TVariables,
): Promise<TData> {
  return new MutationObserver(queryClient, options).mutate(variables);
}

/** Sorts by id, for comparing sets of tasks whatever their order. */
export const byId = (tasks: readonly Task[]) => [...tasks].sort((a, b) => a.task_id.localeCompare(b.task_id));
