export { createTodoClient } from './client.ts';
export { isTodoApiError, TodoApiError } from './errors.ts';
export type { RetryOptions } from './retry.ts';
export type {
  CreateOptions,
  FetchFunction,
  HelloResponse,
  ListOptions,
  ListQuery,
  Middleware,
  Problem,
  ProblemFieldError,
  paths,
  RequestOptions,
  Task,
  TaskCreate,
  TaskList,
  TaskResult,
  TaskStatus,
  TasksApi,
  TaskUpdate,
  TodoClient,
  TodoClientOptions,
  TokenProvider,
  WriteOptions,
} from './types.ts';
