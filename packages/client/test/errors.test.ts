// How error responses become TodoApiError, whatever the body looks like.
import { describe, expect, it } from 'vitest';
import { createTodoClient, isTodoApiError, TodoApiError } from '../src/index.ts';
import { fakeFetch } from './support/fake-fetch.ts';
import {
  contractResponse,
  gatewayResponse,
  makeTask,
  problemResponse,
  REQUEST_ID,
  TASK_ID,
  USER,
} from './support/responses.ts';

// One attempt only: these tests are about the mapping, not the retries.
const failing = async (response: Response) => {
  const { fetch } = fakeFetch(response);
  const client = createTodoClient({ baseUrl: 'http://127.0.0.1:9', fetch, retry: false });
  return client.tasks.get(USER, TASK_ID).then(
    () => expect.unreachable('the call should have failed'),
    (error: unknown) => error as TodoApiError,
  );
};

describe('TodoApiError from a problem+json response', () => {
  it('carries the status, every Problem field and the request id', async () => {
    const instance = `/users/${USER}/tasks/${TASK_ID}`;
    const error = await failing(problemResponse('getTask', 404, { instance, detail: 'No such task.' }));
    expect(error).toBeInstanceOf(TodoApiError);
    expect(error).toMatchObject({
      name: 'TodoApiError',
      status: 404,
      type: 'https://serverless-todo.dev/problems/not-found',
      title: 'The resource does not exist.',
      detail: 'No such task.',
      instance,
      errors: [],
      requestId: REQUEST_ID,
      message: '404 The resource does not exist. No such task.',
    });
  });

  it('lists the offending fields of a validation error', async () => {
    const errors = [{ pointer: '/path/task_id', detail: 'must be a UUID' }];
    const error = await failing(problemResponse('getTask', 400, { errors }));
    expect(error.errors).toEqual(errors);
  });

  it('takes the request id from X-Request-Id when the body has none', async () => {
    const body = { type: 'about:blank', title: 'Forbidden', status: 403 };
    const error = await failing(contractResponse('getTask', 403, body, { 'x-request-id': 'from-header' }));
    expect(error.requestId).toBe('from-header');
  });
});

describe('TodoApiError from a body that is not JSON', () => {
  it.each([
    [
      'an HTML 502 from a proxy',
      gatewayResponse(502, '<html>\n<head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>'),
      '502 Bad Gateway: <html>\n<head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>',
    ],
    ['an empty 504', gatewayResponse(504, ''), '504 Error'],
    [
      'a long text body, cut at 200 characters',
      gatewayResponse(502, 'x'.repeat(500), 'text/plain'),
      `502 Bad Gateway: ${'x'.repeat(200)}`,
    ],
  ])('%s still says what happened', async (_, response, message) => {
    const error = await failing(response);
    expect(error).toMatchObject({ status: response.status, type: 'about:blank', errors: [], message });
  });

  it('treats an HTML page with a 200 as an error, not as a task', async () => {
    const error = await failing(
      new Response('<html>login</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
    );
    expect(error).toMatchObject({ status: 200, detail: '<html>login</html>' });
  });
});

describe('isTodoApiError and instanceof', () => {
  it('recognise TodoApiError and nothing else', async () => {
    const error = await failing(problemResponse('getTask', 404));
    expect(isTodoApiError(error)).toBe(true);
    for (const other of [new Error('x'), new TypeError('x'), null, undefined, 'TodoApiError', { status: 404 }]) {
      expect(isTodoApiError(other)).toBe(false);
      expect(other instanceof TodoApiError).toBe(false);
    }
  });

  it('recognise an error from another copy of the package by its registered brand', () => {
    // What the other build's constructor leaves on its instances.
    const foreign = Object.assign(new Error('404'), { [Symbol.for('@serverless-todo/client/TodoApiError')]: true });
    expect(foreign instanceof TodoApiError).toBe(true);
    expect(isTodoApiError(foreign)).toBe(true);
  });
});

it('a success body is returned as is (the fake is contract-checked, the client trusts it)', async () => {
  const task = makeTask();
  const { fetch } = fakeFetch(contractResponse('listTasks', 200, { tasks: [task], next_cursor: null }));
  const client = createTodoClient({ baseUrl: 'http://127.0.0.1:9', fetch });
  await expect(client.tasks.list(USER)).resolves.toEqual({ tasks: [task], next_cursor: null });
});
