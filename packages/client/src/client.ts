// createTodoClient: wires the options into the transport, the typed resource methods and the
// raw openapi-fetch client.
import type { HelloResponse, paths } from '@serverless-todo/contract';
import createClient, { removeTrailingSlash } from 'openapi-fetch';
import { createTasks } from './tasks.ts';
import { createTransport } from './transport.ts';
import type { TodoClient, TodoClientOptions } from './types.ts';

/**
 * Creates a typed client of the serverless-todo API.
 *
 * @example
 * ```ts
 * import { createTodoClient } from '@serverless-todo/client';
 *
 * const client = createTodoClient({ baseUrl: 'https://api.example.com', token: () => auth.getIdToken() });
 * const { task, etag } = await client.tasks.create('u1', { title: 'Buy milk' });
 * await client.tasks.update('u1', task.task_id, { status: 'done' }, { ifMatch: etag });
 * ```
 */
export function createTodoClient(options: TodoClientOptions): TodoClient {
  const { token, middleware = [] } = options;
  // The one fetch of both paths. It adds the bearer token, asked for before every request so
  // that a refreshed one is used, unless the request names its own Authorization. It looks
  // the fetch up per request, never captured: MSW patches globalThis.fetch after clients exist.
  const fetch = async (input: Request | string, init?: RequestInit & { headers: Record<string, string> }) => {
    const value = typeof token === 'function' ? await token() : token;
    if (value) {
      const bearer = `Bearer ${value}`;
      if (init) init.headers.authorization ??= bearer;
      // Without init, the call is openapi-fetch's, which always passes a Request.
      else if (!(input as Request).headers.has('authorization'))
        (input as Request).headers.set('authorization', bearer);
    }
    return (options.fetch ?? globalThis.fetch)(input, init);
  };
  const baseUrl = removeTrailingSlash(options.baseUrl);
  const raw = createClient<paths, 'application/json'>({ baseUrl, headers: options.headers, fetch });
  raw.use(...middleware);
  const send = createTransport(options, baseUrl, middleware.length ? raw : undefined, fetch);
  return {
    hello: (requestOptions) => send('GET', '/hello', {}, requestOptions) as Promise<HelloResponse>,
    tasks: createTasks(send),
    raw,
    token,
  };
}
