// The request helper: it records every request, and a target that cannot be reached fails
// with the request named. (Contract violations are shown on broken targets in self-test.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestFailedError } from '../src/errors.ts';
import { ApiClient } from '../src/http/api-client.ts';
import { relativeUrl } from '../src/http/wire-request.ts';
import { mockTarget } from '../src/targets/mock-target.ts';

describe('ApiClient on the mock', () => {
  const target = mockTarget();
  beforeAll(() => target.setup?.());
  afterAll(() => target.teardown?.());

  it('records operation, method, url and body of each request, in order', async () => {
    const api = new ApiClient(target);
    await api.send({ operationId: 'getHello' });
    await api.send({ operationId: 'createTask', path: { user_id: 'u 1' }, json: { title: 't' } });
    expect(api.history).toEqual([
      { operationId: 'getHello', method: 'GET', url: '/hello', requestBody: null },
      { operationId: 'createTask', method: 'POST', url: '/users/u%201/tasks', requestBody: '{"title":"t"}' },
    ]);
  });
});

describe('ApiClient on an unreachable target', () => {
  it('throws RequestFailedError naming the request', async () => {
    // Port 9 (discard) on loopback: nothing listens there on these machines.
    const api = new ApiClient({
      name: 'nowhere',
      baseUrl: 'http://127.0.0.1:9',
      fetch: (request) => fetch(request),
      token: async () => 'unused',
    });
    const failure = api.send({ operationId: 'getHello' });
    await expect(failure).rejects.toThrow(RequestFailedError);
    await expect(failure).rejects.toThrow('[nowhere] getHello: GET /hello: no response');
  });
});

describe('relativeUrl', () => {
  it.each([
    ['getHello', {}, {}, '/hello'],
    ['listTasks', { user_id: 'user123' }, { limit: '2', status: 'done' }, '/users/user123/tasks?limit=2&status=done'],
    ['getTask', { user_id: 'a/b', task_id: 't?' }, {}, '/users/a%2Fb/tasks/t%3F'],
  ] as const)('%s %j %j → %s', (operationId, path, query, want) => {
    expect(relativeUrl({ operationId, path, query })).toBe(want);
  });
});
