export type {
  HelloResponse,
  Problem,
  ProblemFieldError,
  paths,
  Task,
  TaskCreate,
  TaskList,
  TaskStatus,
  TaskUpdate,
} from '@serverless-todo/contract';
export type { Middleware } from 'openapi-fetch';
export { createTodoClient } from './client.ts';
export { isTodoApiError, TodoApiError } from './errors.ts';
export type { RetryOptions } from './retry.ts';
export type {
  CreateOptions,
  FetchFunction,
  ListOptions,
  ListQuery,
  RequestOptions,
  TaskResult,
  TasksApi,
  TodoClient,
  TodoClientOptions,
  TokenProvider,
  WriteOptions,
} from './types.ts';
