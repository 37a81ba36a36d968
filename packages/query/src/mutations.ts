// Write options: create, update and delete, each with an optimistic cache update, the cached
// ETag as If-Match, a typed conflict on 412, and invalidation of only the lists it affects.
import type { Task, TaskCreate, TaskResult, TaskUpdate, TodoClient } from '@serverless-todo/client';
import type { DefaultError, MutationOptions, QueryClient } from '@tanstack/query-core';
import { dropTask, findTask, insertTask, invalidateLists, putTask } from './cache.ts';
import { hasStatus, TaskConflictError } from './errors.ts';
import type { TaskPages, TodoKeys } from './keys.ts';

/**
 * What `createTask` takes: the task to create, and optionally your own Idempotency-Key.
 *
 * @example
 * ```ts
 * create.mutate({ title: 'Buy milk', due_date: '2026-12-01T17:00:00Z' });
 * ```
 */
export type CreateTaskVariables = TaskCreate & { idempotencyKey?: string };

/**
 * What `updateTask` takes. `ifMatch` defaults to the ETag of the cached task.
 *
 * @example
 * ```ts
 * update.mutate({ taskId, patch: { status: 'done' } });
 * ```
 */
export interface UpdateTaskVariables {
  taskId: string;
  patch: TaskUpdate;
  ifMatch?: string | number;
}

/**
 * What `deleteTask` takes. `ifMatch` defaults to the ETag of the cached task.
 *
 * @example
 * ```ts
 * remove.mutate({ taskId });
 * ```
 */
export interface DeleteTaskVariables {
  taskId: string;
  ifMatch?: string | number;
}

/** What `onMutate` hands to the other callbacks, for the rollback. */
export interface WriteContext {
  /** The task as cached before the optimistic change (create: the placeholder). */
  readonly before: TaskResult | undefined;
  /** The lists as they were, restored if the write fails. */
  readonly lists?: [readonly unknown[], TaskPages | undefined][];
}

/** Mutation options of `createTask`: data `{ task, etag }`. */
export type CreateTaskOptions = MutationOptions<TaskResult, DefaultError, CreateTaskVariables, WriteContext>;
/** Mutation options of `updateTask`: data `{ task, etag }`; a 412 rejects with a {@link TaskConflictError}. */
export type UpdateTaskOptions = MutationOptions<TaskResult, DefaultError, UpdateTaskVariables, WriteContext>;
/** Mutation options of `deleteTask`; a 412 rejects with a {@link TaskConflictError}. */
export type DeleteTaskOptions = MutationOptions<void, DefaultError, DeleteTaskVariables, WriteContext>;

/**
 * A cached task still being created has version 0 (the API's start at 1) and a placeholder id.
 *
 * @example
 * ```ts
 * <li aria-busy={isOptimisticTask(task)}>{task.title}</li>
 * ```
 */
export const isOptimisticTask = (task: Task): boolean => task.version === 0;

// One key per variables object: query-core hands the same object to every retry of a
// mutation, and an app that re-submits `mutation.variables` after a failure reuses it too.
const idempotencyKeys = new WeakMap<object, string>();
const keyOf = (variables: CreateTaskVariables) => {
  const key = variables.idempotencyKey ?? idempotencyKeys.get(variables) ?? crypto.randomUUID();
  idempotencyKeys.set(variables, key);
  return key;
};

/** Builds the three mutation factories of one user. */
export function taskMutations(client: TodoClient, userId: string, keys: TodoKeys) {
  // Writes of one user run one after another: the second edit of a task then sends the ETag
  // that the first one produced, instead of the stale one and a certain 412.
  const scope = { id: keys.all.join() };
  // A fetch in flight would land after the optimistic change and undo it.
  const cancel = (queryClient: QueryClient, taskId?: string) =>
    Promise.all([
      queryClient.cancelQueries({ queryKey: keys.lists() }),
      taskId && queryClient.cancelQueries({ queryKey: keys.task(taskId) }),
    ]);
  const ifMatchOf = (queryClient: QueryClient, taskId: string, ifMatch?: string | number) =>
    ifMatch ?? findTask(queryClient, keys, taskId)?.etag;
  // A 412 becomes a TaskConflictError that carries what the server holds now.
  const conflict = async (error: unknown, taskId: string, yours: TaskUpdate | null) => {
    if (!hasStatus(error, 412)) return error;
    const current = await client.tasks.get(userId, taskId).catch((e: unknown) => {
      if (hasStatus(e, 404)) return null;
      throw e;
    });
    return new TaskConflictError(taskId, current, yours, error);
  };
  // A failed write puts back the lists as they were, then what the server is known to hold:
  // the task of a 412, or nothing after a 404.
  const rollBack = (queryClient: QueryClient, error: unknown, taskId: string, context?: WriteContext) => {
    for (const [queryKey, data] of context?.lists ?? []) queryClient.setQueryData(queryKey, data);
    if (context?.before) queryClient.setQueryData(keys.task(taskId), context.before);
    if (error instanceof TaskConflictError && error.current) putTask(queryClient, keys, error.current);
    else if (error instanceof TaskConflictError || hasStatus(error, 404)) dropTask(queryClient, keys, taskId);
  };
  const snapshot = async (queryClient: QueryClient, taskId: string) => {
    await cancel(queryClient, taskId);
    return {
      before: findTask(queryClient, keys, taskId),
      lists: queryClient.getQueriesData<TaskPages>({ queryKey: keys.lists() }),
    };
  };

  const createTask = (queryClient: QueryClient): CreateTaskOptions => ({
    mutationFn: (variables) => {
      const { idempotencyKey: _, ...body } = variables;
      return client.tasks.create(userId, body, { idempotencyKey: keyOf(variables) });
    },
    onMutate: async (variables) => {
      await cancel(queryClient);
      const now = new Date().toISOString();
      const task = {
        user_id: userId,
        task_id: keyOf(variables), // a fresh uuid; version 0 marks it as not yet created
        description: '',
        status: 'pending',
        due_date: null,
        ...variables,
        created_at: now,
        updated_at: now,
        version: 0,
      } as Task;
      insertTask(queryClient, keys, task);
      return { before: { task, etag: '' } };
    },
    onSuccess: (result) => {
      // A refetch or a live update may have brought it first: then it is not added again.
      if (!findTask(queryClient, keys, result.task.task_id)) insertTask(queryClient, keys, result.task);
      queryClient.setQueryData(keys.task(result.task.task_id), result);
    },
    // Success or not, the placeholder goes; page boundaries moved in the lists of its status.
    onSettled: (_result, _error, variables, context) => {
      if (context) dropTask(queryClient, keys, context.before!.task.task_id);
      return invalidateLists(queryClient, keys, [variables.status ?? 'pending'], true);
    },
  });

  const updateTask = (queryClient: QueryClient): UpdateTaskOptions => ({
    scope,
    onMutate: async ({ taskId, patch }) => {
      const context = await snapshot(queryClient, taskId);
      const { before } = context;
      // The version stays: the optimistic copy still names the ETag the server knows.
      if (before) putTask(queryClient, keys, { ...before, task: { ...before.task, ...patch } as Task });
      return context;
    },
    // Read when the request is sent (after earlier writes in the scope), not when it was queued.
    mutationFn: async ({ taskId, patch, ifMatch }) => {
      try {
        return await client.tasks.update(userId, taskId, patch, { ifMatch: ifMatchOf(queryClient, taskId, ifMatch) });
      } catch (error) {
        throw await conflict(error, taskId, patch);
      }
    },
    onSuccess: (result) => putTask(queryClient, keys, result),
    onError: (error, { taskId }, context) => rollBack(queryClient, error, taskId, context),
    // Only a status change moves a task between lists; the unfiltered ones keep it in place.
    onSettled: (result, error, { patch }, { before } = {} as WriteContext) => {
      const statuses = new Set([before?.task.status, patch.status, result?.task.status]);
      if (error instanceof TaskConflictError) statuses.add(error.current?.task.status);
      statuses.delete(undefined);
      // Not cached before: which lists held it is unknown, so all of them may be stale.
      return before
        ? statuses.size > 1 && invalidateLists(queryClient, keys, [...statuses], false)
        : invalidateLists(queryClient, keys, null, true);
    },
  });

  const deleteTask = (queryClient: QueryClient): DeleteTaskOptions => ({
    scope,
    onMutate: async ({ taskId }) => {
      const context = await snapshot(queryClient, taskId);
      // It leaves the lists at once; its own entry stays until the end, for the ETag to send.
      if (context.before) queryClient.setQueryData(keys.task(taskId), context.before);
      dropTask(queryClient, keys, taskId, true);
      return context;
    },
    mutationFn: async ({ taskId, ifMatch }) => {
      try {
        await client.tasks.delete(userId, taskId, { ifMatch: ifMatchOf(queryClient, taskId, ifMatch) });
      } catch (error) {
        // Already gone is what a delete wants.
        if (hasStatus(error, 404)) return;
        throw await conflict(error, taskId, null);
      }
    },
    onSuccess: (_result, { taskId }) => dropTask(queryClient, keys, taskId),
    onError: (error, { taskId }, context) => rollBack(queryClient, error, taskId, context),
    onSettled: (_result, error, _variables, context) => {
      const before = context?.before?.task.status;
      const current = error instanceof TaskConflictError ? error.current?.task.status : undefined;
      return invalidateLists(queryClient, keys, before ? [before, current] : null, true);
    },
  });

  return { createTask, updateTask, deleteTask };
}
