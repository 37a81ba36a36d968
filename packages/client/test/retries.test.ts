// Which requests are retried, on what, how Retry-After is honoured, and how a signal or a
// timeout cuts a call short, backoff included. Delays are kept tiny or cut by timeoutMs:
// nothing here asserts on elapsed time.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTodoClient, type TodoClientOptions } from '../src/index.ts';
import { sleep } from '../src/retry.ts';
import { type Answer, fakeFetch, hang } from './support/fake-fetch.ts';
import {
  contractResponse,
  gatewayResponse,
  makeTask,
  problemResponse,
  TASK_ID,
  taskResponse,
  USER,
} from './support/responses.ts';

const fast = { retries: 3, baseDelayMs: 1, maxDelayMs: 5 };

function client(answers: Answer[], options: Partial<TodoClientOptions> = {}) {
  const fake = fakeFetch(...answers);
  return {
    ...fake,
    client: createTodoClient({ baseUrl: 'http://127.0.0.1:9', fetch: fake.fetch, retry: fast, ...options }),
  };
}

const page = () => contractResponse('listTasks', 200, { tasks: [], next_cursor: null });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('what is retried', () => {
  type Call = (c: ReturnType<typeof createTodoClient>) => Promise<unknown>;
  const cases: [
    string,
    Call,
    'getTask' | 'listTasks' | 'createTask' | 'updateTask' | 'deleteTask' | 'getHello',
    () => Response,
  ][] = [
    [
      'hello (GET)',
      (c) => c.hello(),
      'getHello',
      () => contractResponse('getHello', 200, { message: 'hi', request_id: 'r' }),
    ],
    ['tasks.list (GET)', (c) => c.tasks.list(USER), 'listTasks', page],
    ['tasks.get (GET)', (c) => c.tasks.get(USER, TASK_ID), 'getTask', () => taskResponse('getTask', makeTask())],
    [
      'tasks.delete (DELETE)',
      (c) => c.tasks.delete(USER, TASK_ID),
      'deleteTask',
      () => contractResponse('deleteTask', 204),
    ],
    [
      'tasks.update with ifMatch (PATCH)',
      (c) => c.tasks.update(USER, TASK_ID, { status: 'done' }, { ifMatch: 1 }),
      'updateTask',
      () => taskResponse('updateTask', makeTask({ version: 2 })),
    ],
    [
      'tasks.create (POST, keyed)',
      (c) => c.tasks.create(USER, { title: 't' }),
      'createTask',
      () => taskResponse('createTask', makeTask()),
    ],
  ];

  it.each(cases)('%s: after 429, 502, 503, 504 and a network error', async (_, call, operationId, ok) => {
    const { client: c, requests } = client([
      problemResponse(operationId, 429),
      gatewayResponse(502, '<html>bad gateway</html>'),
      problemResponse(operationId, 503),
      ok(),
    ]);
    await expect(call(c)).resolves.not.toBeInstanceOf(Error);
    expect(requests).toHaveLength(4);

    const flaky = client([new TypeError('fetch failed'), gatewayResponse(504, ''), ok()]);
    await call(flaky.client);
    expect(flaky.requests).toHaveLength(3);
  });

  it('a retried create sends the same Idempotency-Key every time, so it cannot store twice', async () => {
    const { client: c, requests } = client([
      problemResponse('createTask', 503),
      new TypeError('fetch failed'),
      taskResponse('createTask', makeTask()),
    ]);
    await c.tasks.create(USER, { title: 't' });
    const keys = new Set(requests.map((r) => r.headers.get('idempotency-key')));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toBeTruthy();
  });

  it('a PATCH without ifMatch is sent once: repeating it could apply it twice', async () => {
    const { client: c, requests } = client([problemResponse('updateTask', 503)]);
    await expect(c.tasks.update(USER, TASK_ID, { status: 'done' })).rejects.toMatchObject({ status: 503 });
    expect(requests).toHaveLength(1);
  });

  it('a PATCH without ifMatch is not retried after a network error either', async () => {
    const { client: c, requests } = client([new TypeError('fetch failed')]);
    await expect(c.tasks.update(USER, TASK_ID, { status: 'done' })).rejects.toThrow(TypeError);
    expect(requests).toHaveLength(1);
  });

  it.each([
    [400, 'createTask'],
    [401, 'createTask'],
    [403, 'createTask'],
    [409, 'createTask'],
    [413, 'createTask'],
    [415, 'createTask'],
    [422, 'createTask'],
    [500, 'createTask'],
    [404, 'deleteTask'],
    [412, 'deleteTask'],
  ] as const)('a %i is not retried (%s)', async (status, operationId) => {
    const { client: c, requests } = client([problemResponse(operationId, status)]);
    const call = operationId === 'createTask' ? c.tasks.create(USER, { title: 't' }) : c.tasks.delete(USER, TASK_ID);
    await expect(call).rejects.toMatchObject({ name: 'TodoApiError', status });
    expect(requests).toHaveLength(1);
  });

  it('gives up after `retries` retries with the last error', async () => {
    const { client: c, requests } = client(
      [problemResponse('listTasks', 503), problemResponse('listTasks', 503), problemResponse('listTasks', 429)],
      { retry: { ...fast, retries: 2 } },
    );
    await expect(c.tasks.list(USER)).rejects.toMatchObject({ status: 429 });
    expect(requests).toHaveLength(3);
  });

  it('rethrows the network TypeError once the retries are spent', async () => {
    const failure = () => new TypeError('fetch failed');
    const { client: c, requests } = client([failure(), failure(), failure(), failure()]);
    await expect(c.tasks.list(USER)).rejects.toThrow('fetch failed');
    expect(requests).toHaveLength(4);
  });

  it('retry: false sends every request once', async () => {
    const { client: c, requests } = client([problemResponse('listTasks', 503)], { retry: false });
    await expect(c.tasks.list(USER)).rejects.toMatchObject({ status: 503 });
    expect(requests).toHaveLength(1);
  });

  it('an error from the token provider is not retried', async () => {
    const { client: c, requests } = client([page()], {
      token: () => {
        throw new TypeError('no session');
      },
    });
    await expect(c.tasks.list(USER)).rejects.toThrow('no session');
    expect(requests).toHaveLength(0);
  });
});

describe('Retry-After', () => {
  // The backoff alone would wait about a minute; timeoutMs would then fail the call. A call
  // that succeeds therefore waited what Retry-After said, capped at maxDelayMs.
  const slowBackoff = { retries: 1, baseDelayMs: 60_000, maxDelayMs: 60_000 };
  it.each([
    ['delta-seconds', '0', slowBackoff],
    ['an HTTP date in the past', 'Wed, 21 Oct 2015 07:28:00 GMT', slowBackoff],
    ['more than maxDelayMs, capped', '3600', { ...slowBackoff, maxDelayMs: 5 }],
  ])('is honoured: %s', async (_, retryAfter, retry) => {
    vi.spyOn(Math, 'random').mockReturnValue(0.99);
    const { client: c, requests } = client([problemResponse('listTasks', 503, {}, retryAfter), page()], {
      retry,
      timeoutMs: 5_000,
    });
    await expect(c.tasks.list(USER)).resolves.toEqual({ tasks: [], next_cursor: null });
    expect(requests).toHaveLength(2);
  });
});

describe('abort and timeout', () => {
  it('a signal cancels the request in flight, with its own reason', async () => {
    const controller = new AbortController();
    const { client: c } = client([
      (request) => {
        setTimeout(() => controller.abort(new Error('user left')), 1);
        return hang(request);
      },
    ]);
    await expect(c.tasks.get(USER, TASK_ID, { signal: controller.signal })).rejects.toThrow('user left');
  });

  it('a signal cancels the backoff sleep, and no further request is sent', async () => {
    const controller = new AbortController();
    const { client: c, requests } = client(
      [
        () => {
          setTimeout(() => controller.abort(), 1);
          return problemResponse('listTasks', 503, {}, '60');
        },
      ],
      { retry: { maxDelayMs: 60_000 } },
    );
    await expect(c.tasks.list(USER, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(requests).toHaveLength(1);
  });

  it('an aborted signal sends nothing', async () => {
    const { client: c, requests } = client([page()]);
    await expect(c.tasks.list(USER, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(requests).toHaveLength(0);
  });

  it('timeoutMs ends a request in flight with a TimeoutError', async () => {
    const { client: c } = client([hang], { timeoutMs: 20 });
    await expect(c.tasks.get(USER, TASK_ID)).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('timeoutMs covers the backoff too', async () => {
    const { client: c, requests } = client([problemResponse('listTasks', 503, {}, '60')], {
      timeoutMs: 20,
      retry: { maxDelayMs: 60_000 },
    });
    await expect(c.tasks.list(USER)).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(requests).toHaveLength(1);
  });

  it('timeoutMs and a signal together: whichever comes first', async () => {
    const controller = new AbortController();
    const { client: c } = client([hang], { timeoutMs: 60_000 });
    const call = c.tasks.list(USER, { signal: controller.signal });
    controller.abort(new Error('first'));
    await expect(call).rejects.toThrow('first');
  });
});

describe('against a real loopback server', () => {
  // A server that never answers: only the client's deadline can end the request.
  const open = new Set<http.ServerResponse>();
  let closed = 0;
  const server = http.createServer((request, response) => {
    open.add(response);
    request.on('close', () => closed++);
  });
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
  afterAll(() => {
    for (const response of open) response.destroy();
    server.close();
  });

  it('timeoutMs aborts the socket of a request the server never answers', async () => {
    const { port } = server.address() as AddressInfo;
    const c = createTodoClient({ baseUrl: `http://127.0.0.1:${port}`, token: 't', timeoutMs: 50 });
    await expect(c.tasks.get(USER, TASK_ID)).rejects.toMatchObject({ name: 'TimeoutError' });
    await vi.waitFor(() => expect(closed).toBe(1), { timeout: 5_000 });
  });
});

describe('sleep', () => {
  it('accepts a fractional (jittered) delay together with a signal', async () => {
    await expect(sleep(0.5, new AbortController().signal)).resolves.toBeUndefined();
  });

  it('rejects with the signal reason when aborted', async () => {
    const controller = new AbortController();
    const waiting = sleep(10_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });
});
