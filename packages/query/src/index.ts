export { fieldErrors, isTaskConflictError, isUnauthorizedError, TaskConflictError } from './errors.ts';
export type { TaskKey, TaskListFilter, TaskListKey, TaskPageKey, TaskPages, TodoKeys } from './keys.ts';
export { todoKeys } from './keys.ts';
export {
  type CreateTaskOptions,
  type CreateTaskVariables,
  type DeleteTaskOptions,
  type DeleteTaskVariables,
  isOptimisticTask,
  type UpdateTaskOptions,
  type UpdateTaskVariables,
  type WriteContext,
} from './mutations.ts';
export type { TaskListOptions, TaskListQueryOptions, TaskPageQueryOptions, TaskQueryOptions } from './queries.ts';
export { type TodoQueries, todoQueries } from './todo-queries.ts';
