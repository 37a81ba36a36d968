// The public shapes of the SDK. Request and response bodies come from the contract (generated
// from openapi.yaml), so they cannot drift from the API; only the SDK's own options are here.
import type * as Contract from '@serverless-todo/contract';
import type { Client, Middleware as OpenApiMiddleware } from 'openapi-fetch';
import type { RetryOptions } from './retry.ts';

/**
 * A task, as the API returns it.
 *
 * @example
 * ```ts
 * const { task } = await client.tasks.get('u1', id); // task.title, task.status, task.version…
 * ```
 */
export type Task = Contract.Task;

/**
 * The body of `tasks.create`: a title, and optionally a description, status and due date.
 *
 * @example
 * ```ts
 * const body: TaskCreate = { title: 'Buy milk', due_date: '2026-12-01T17:00:00Z' };
 * ```
 */
export type TaskCreate = Contract.TaskCreate;

/**
 * The body of `tasks.update`: only the fields to change.
 *
 * @example
 * ```ts
 * const patch: TaskUpdate = { status: 'done' };
 * ```
 */
export type TaskUpdate = Contract.TaskUpdate;

/**
 * One page of `tasks.list`. Only `next_cursor: null` means the end.
 *
 * @example
 * ```ts
 * const { tasks, next_cursor } = await client.tasks.list('u1', { limit: 50 });
 * ```
 */
export type TaskList = Contract.TaskList;

/**
 * The status of a task.
 *
 * @example
 * ```ts
 * const open: TaskStatus[] = ['pending', 'in_progress'];
 * ```
 */
export type TaskStatus = Contract.TaskStatus;

/**
 * The body of `hello()`.
 *
 * @example
 * ```ts
 * const { message, request_id } = await client.hello();
 * ```
 */
export type HelloResponse = Contract.HelloResponse;

/**
 * An RFC 9457 problem document, the body of every API error.
 *
 * @example
 * ```ts
 * if (isTodoApiError(e)) console.log(e.body as Problem);
 * ```
 */
export type Problem = Contract.Problem;

/**
 * One offending field of a validation error: a JSON pointer and what is wrong with it.
 *
 * @example
 * ```ts
 * for (const { pointer, detail } of error.errors) form.setError(pointer.slice(1), detail);
 * ```
 */
export type ProblemFieldError = Contract.ProblemFieldError;

/**
 * The paths of openapi.yaml, as openapi-typescript types them; `client.raw` is typed by it.
 *
 * @example
 * ```ts
 * type ListResponse = paths['/users/{user_id}/tasks']['get']['responses'][200]['content']['application/json'];
 * ```
 */
export type paths = Contract.paths;

/**
 * openapi-fetch middleware; see {@link TodoClientOptions.middleware}.
 *
 * @example
 * ```ts
 * const trace: Middleware = { onRequest: ({ request }) => { request.headers.set('x-trace-id', crypto.randomUUID()); } };
 * ```
 */
export type Middleware = OpenApiMiddleware;

/**
 * A bearer token, or a function called before every request (so a refreshed token is used).
 * Return nothing to send no Authorization header.
 *
 * @example
 * ```ts
 * const token: TokenProvider = async () => (await auth.currentSession())?.idToken;
 * ```
 */
export type TokenProvider = string | (() => string | null | undefined | Promise<string | null | undefined>);

/**
 * Any standard `fetch`.
 *
 * @example
 * ```ts
 * const logged: FetchFunction = (input, init) => { console.log(input); return fetch(input, init); };
 * ```
 */
export type FetchFunction = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/**
 * Options of {@link createTodoClient}.
 *
 * @example
 * ```ts
 * const options: TodoClientOptions = { baseUrl: 'http://127.0.0.1:3000', token: 'jwt', timeoutMs: 10_000, retry: { retries: 5 } };
 * ```
 */
export interface TodoClientOptions {
  /** The API's root URL, e.g. `http://127.0.0.1:3000`. */
  baseUrl: string;
  /** The bare JWT (without `Bearer `), or a function returning it. An explicit Authorization header wins. */
  token?: TokenProvider;
  /** Replaces `globalThis.fetch`. Looked up on every request, so MSW and test doubles see the calls. */
  fetch?: FetchFunction;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Deadline of every call in ms, all its retries and backoff included. None by default. */
  timeoutMs?: number;
  /** Retry policy, or `false` for a single attempt. */
  retry?: RetryOptions | false;
  /**
   * openapi-fetch middleware, run on every request, the resource methods' included (they then
   * go through openapi-fetch, which is slower than the SDK's own path). The token is added
   * after the middleware.
   */
  middleware?: Middleware[];
}

/**
 * Options every method accepts.
 *
 * @example
 * ```ts
 * await client.tasks.list('u1', { signal: AbortSignal.timeout(2000) });
 * ```
 */
export interface RequestOptions {
  /** Cancels the call, including a backoff sleep; it rejects with `signal.reason`. */
  signal?: AbortSignal;
}

/**
 * Options of `tasks.create`.
 *
 * @example
 * ```ts
 * await client.tasks.create('u1', { title: 'Pay rent' }, { idempotencyKey: formSubmissionId });
 * ```
 */
export interface CreateOptions extends RequestOptions {
  /** Makes repeating the create safe. A random UUID is sent when omitted. */
  idempotencyKey?: string;
}

/**
 * Options of `tasks.update` and `tasks.delete`.
 *
 * @example
 * ```ts
 * await client.tasks.delete('u1', task.task_id, { ifMatch: task.version });
 * ```
 */
export interface WriteOptions extends RequestOptions {
  /** Change the task only if it is still at this ETag (`"3"`, `W/"3"`, `*`) or version (`3`); else a 412. */
  ifMatch?: string | number;
}

/**
 * Query parameters of `tasks.list`, from the contract: `status`, `limit` (1-100) and `cursor`.
 *
 * @example
 * ```ts
 * const query: ListQuery = { status: 'pending', limit: 100 };
 * ```
 */
export type ListQuery = NonNullable<Contract.OperationTypes['listTasks']['parameters']['query']>;

/**
 * Options of `tasks.list` and `tasks.listAll`.
 *
 * @example
 * ```ts
 * for await (const task of client.tasks.listAll('u1', { status: 'done', limit: 100 })) archive(task);
 * ```
 */
export interface ListOptions extends ListQuery, RequestOptions {}

/**
 * A task with its ETag, ready for a conditional write.
 *
 * @example
 * ```ts
 * const { task, etag } = await client.tasks.get('u1', id);
 * await client.tasks.update('u1', id, { title: task.title.trim() }, { ifMatch: etag });
 * ```
 */
export interface TaskResult {
  task: Task;
  /** The strong ETag, `"<version>"` (derived from the version, as the API defines it). */
  etag: string;
}

/**
 * The `tasks` resource of a {@link TodoClient}. Every method rejects with a `TodoApiError` when
 * the API answers with an error.
 *
 * @example
 * ```ts
 * const { task } = await client.tasks.create('u1', { title: 'Buy milk' });
 * await client.tasks.delete('u1', task.task_id);
 * ```
 */
export interface TasksApi {
  /** POST /users/{user_id}/tasks, always with an Idempotency-Key, so retrying it is safe. */
  create(userId: string, body: TaskCreate, options?: CreateOptions): Promise<TaskResult>;
  /** GET /users/{user_id}/tasks: one page. */
  list(userId: string, options?: ListOptions): Promise<TaskList>;
  /** Every task across pages, fetched page by page as the loop advances. */
  listAll(userId: string, options?: ListOptions): AsyncGenerator<Task, void, undefined>;
  /** GET /users/{user_id}/tasks/{task_id}. */
  get(userId: string, taskId: string, options?: RequestOptions): Promise<TaskResult>;
  /** PATCH /users/{user_id}/tasks/{task_id}; retried only with `ifMatch`. */
  update(userId: string, taskId: string, patch: TaskUpdate, options?: WriteOptions): Promise<TaskResult>;
  /** DELETE /users/{user_id}/tasks/{task_id}. */
  delete(userId: string, taskId: string, options?: WriteOptions): Promise<void>;
}

/**
 * The client returned by {@link createTodoClient}.
 *
 * @example
 * ```ts
 * const client: TodoClient = createTodoClient({ baseUrl });
 * const { message } = await client.hello();
 * ```
 */
export interface TodoClient {
  /** GET /hello, the public liveness check. */
  hello(options?: RequestOptions): Promise<HelloResponse>;
  tasks: TasksApi;
  /** The typed openapi-fetch client underneath (same base URL, headers, token, middleware), without retries. */
  raw: Client<Contract.paths, 'application/json'>;
  /** The `token` option as given, asked again by `@serverless-todo/client/realtime` on every connect. */
  readonly token?: TokenProvider;
}
