import type { Problem, TaskList } from '@serverless-todo/contract';
import { describe, expect, it } from 'vitest';
import { devToken } from '../src/index.ts';
import { BASE, call, createTask, mockApi, useMockServer } from './support/api.ts';

useMockServer();

const listCount = async () => ((await call('listTasks', 'GET', '/users/u1/tasks')).body as TaskList).tasks.length;

describe('faults', () => {
  it.each([429, 503] as const)(
    '%i with Retry-After on the chosen operation, `times` honoured, nothing written',
    async (status) => {
      mockApi({ faults: [{ operationId: 'createTask', status, times: 2, retryAfter: 7 }] });
      for (let i = 0; i < 2; i++) {
        const res = await call('createTask', 'POST', '/users/u1/tasks', { json: { title: 'retry me' } });
        expect(res.status).toBe(status);
        expect(res.headers.get('retry-after')).toBe('7');
        expect((res.body as Problem).status).toBe(status);
      }
      expect(await listCount()).toBe(0);
      expect((await call('createTask', 'POST', '/users/u1/tasks', { json: { title: 'retry me' } })).status).toBe(201);
      expect(await listCount()).toBe(1);
    },
  );

  it('leaves other operations alone and defaults Retry-After to 1', async () => {
    mockApi({ faults: [{ operationId: 'getTask', status: 503 }] });
    const task = await createTask('u1');
    const res = await call('getTask', 'GET', `/users/u1/tasks/${task.task_id}`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(await listCount()).toBe(1);
  });

  it('without operationId, hits every operation (public ones too) until spent', async () => {
    mockApi({ faults: [{ status: 429, times: 2 }] });
    expect((await call('getHello', 'GET', '/hello', { token: null })).status).toBe(429);
    expect((await call('listTasks', 'GET', '/users/u1/tasks')).status).toBe(429);
    expect((await call('listTasks', 'GET', '/users/u1/tasks')).status).toBe(200);
  });

  it('without times, fails every matching call', async () => {
    mockApi({ faults: [{ operationId: 'getHello', status: 503 }] });
    for (let i = 0; i < 5; i++) expect((await call('getHello', 'GET', '/hello', { token: null })).status).toBe(503);
  });

  it('times: 0 never fires', async () => {
    mockApi({ faults: [{ status: 503, times: 0 }] });
    expect((await call('getHello', 'GET', '/hello', { token: null })).status).toBe(200);
  });

  it('a network fault makes fetch reject, then the API answers again', async () => {
    mockApi({ faults: [{ operationId: 'listTasks', network: true, times: 1 }] });
    const request = () => fetch(`${BASE}/users/u1/tasks`, { headers: { authorization: `Bearer ${devToken('u1')}` } });
    await expect(request()).rejects.toThrow(TypeError);
    expect((await call('listTasks', 'GET', '/users/u1/tasks')).status).toBe(200);
  });

  it('rules apply in order: the first unspent match fires', async () => {
    mockApi({
      faults: [
        { operationId: 'getHello', status: 429, times: 1 },
        { status: 503, times: 1 },
      ],
    });
    expect((await call('getHello', 'GET', '/hello', { token: null })).status).toBe(429);
    expect((await call('getHello', 'GET', '/hello', { token: null })).status).toBe(503);
    expect((await call('getHello', 'GET', '/hello', { token: null })).status).toBe(200);
  });

  it('faults come before auth, like gateway throttling', async () => {
    mockApi({ faults: [{ status: 429, times: 1 }] });
    expect((await call('listTasks', 'GET', '/users/u1/tasks', { token: null })).status).toBe(429);
    expect((await call('listTasks', 'GET', '/users/u1/tasks', { token: null })).status).toBe(401);
  });
});
