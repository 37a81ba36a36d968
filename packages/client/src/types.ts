// The public shapes of the SDK. Request and response bodies come from the contract (generated
// from openapi.yaml), so they cannot drift from the API; only the SDK's own options are here.
import type {
  HelloResponse,
  OperationTypes,
  paths,
  Task,
  TaskCreate,
  TaskList,
  TaskUpdate,
} from '@serverless-todo/contract';
import type { Client, Middleware } from 'openapi-fetch';
import type { RetryOptions } from './retry.ts';

/** A bearer token, or a function called before every request (so a refreshed token is used). */
export type TokenProvider = string | (() => string | null | undefined | Promise<string | null | undefined>);

/** Any standard `fetch`. */
export type FetchFunction = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** Options of {@link createTodoClient}. */
export interface TodoClientOptions {
  /** The API's root URL, e.g. `http://127.0.0.1:3000`. */
  baseUrl: string;
  /** The bare JWT (without `Bearer `), or a function returning it; nothing is sent when it is empty. */
  token?: TokenProvider;
  /** Replaces `globalThis.fetch`. Looked up on every request, so MSW and test doubles see the calls. */
  fetch?: FetchFunction;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Default deadline of a call in ms, covering all its retries and backoff. None by default. */
  timeoutMs?: number;
  /** Retry policy, or `false` for a single attempt. */
  retry?: RetryOptions | false;
  /** openapi-fetch middleware, run on every request (resource methods and `raw`). */
  middleware?: Middleware[];
}

/** Options every method accepts. */
export interface RequestOptions {
  /** Cancels the call, including a backoff sleep; it rejects with `signal.reason`. */
  signal?: AbortSignal;
}

/** Options of `tasks.create`. */
export interface CreateOptions extends RequestOptions {
  /** Makes the create safe to repeat. A random UUID is sent when omitted. */
  idempotencyKey?: string;
}

/** Options of `tasks.update` and `tasks.delete`. */
export interface WriteOptions extends RequestOptions {
  /** Only change the task if it is still at this ETag (`"3"`) or version (`3`); else a 412. */
  ifMatch?: string | number;
}

/** Query parameters of `tasks.list`, from the contract. */
export type ListQuery = NonNullable<OperationTypes['listTasks']['parameters']['query']>;

/** Options of `tasks.list` and `tasks.listAll`. */
export interface ListOptions extends ListQuery, RequestOptions {}

/** A task with its ETag, ready for a conditional update: `update(u, id, patch, { ifMatch: etag })`. */
export interface TaskResult {
  task: Task;
  /** The strong ETag, `"<version>"`. */
  etag: string;
}

/** The `tasks` resource of a {@link TodoClient}. */
export interface TasksApi {
  create(userId: string, body: TaskCreate, options?: CreateOptions): Promise<TaskResult>;
  list(userId: string, options?: ListOptions): Promise<TaskList>;
  listAll(userId: string, options?: ListOptions): AsyncGenerator<Task, void, undefined>;
  get(userId: string, taskId: string, options?: RequestOptions): Promise<TaskResult>;
  update(userId: string, taskId: string, patch: TaskUpdate, options?: WriteOptions): Promise<TaskResult>;
  delete(userId: string, taskId: string, options?: WriteOptions): Promise<void>;
}

/** The client returned by {@link createTodoClient}. */
export interface TodoClient {
  hello(options?: RequestOptions): Promise<HelloResponse>;
  tasks: TasksApi;
  /** The typed openapi-fetch client underneath, for anything else in the spec. No retries. */
  raw: Client<paths, 'application/json'>;
}
