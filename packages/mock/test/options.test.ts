import { operations, type Task } from '@serverless-todo/contract';
import { assertConforms } from '@serverless-todo/contract/responses';
import { describe, expect, it } from 'vitest';
import {
  createRealtimeHandler,
  createTodoHandlers,
  devToken,
  InvalidMockOptionsError,
  type TodoMockOptions,
} from '../src/index.ts';
import { BASE, mockApi, useMockServer } from './support/api.ts';

// The fake bucket's form POST and download GET, besides one handler per operation.
const BUCKET_HANDLERS = 2;

useMockServer();

describe('options', () => {
  const bad: [string, Partial<TodoMockOptions>][] = [
    ['a negative delay', { delay: -1 }],
    ['a NaN delay', { delay: Number.NaN }],
    ['a reversed range', { delay: [50, 10] }],
    ['a range with a negative bound', { delay: [-1, 10] }],
    ['an unknown delay word', { delay: 'fast' as 'real' }],
    ['a fault status the API does not document for throttling', { faults: [{ status: 500 as 503 }] }],
    ['negative times', { faults: [{ status: 503, times: -1 }] }],
    ['fractional times', { faults: [{ network: true, times: 1.5 }] }],
    ['a fractional Retry-After', { faults: [{ status: 429, retryAfter: 1.5 }] }],
    ['network: false', { faults: [{ network: false as true }] }],
    ['a base URL that is neither absolute nor a path', { baseUrl: 'api.example.com' }],
    ['a realtime URL that is not a WebSocket URL', { realtime: { url: 'http://127.0.0.1:3000/realtime' } }],
    ['a relative realtime URL', { realtime: { url: '/realtime' } }],
    ['an empty realtime channel name', { realtime: { url: 'ws://127.0.0.1:3000/realtime', channel: '' } }],
    ['a zero idle timeout', { realtime: { url: 'ws://127.0.0.1:3000/realtime', limits: { idleTimeoutMs: 0 } } }],
    [
      'a maximum connection duration that is no number',
      { realtime: { url: 'ws://127.0.0.1:3000/realtime', limits: { maxConnectionMs: '5s' as unknown as number } } },
    ],
  ];
  it.each(bad)('rejects %s with InvalidMockOptionsError', (_name, options) => {
    expect(() => createTodoHandlers({ baseUrl: BASE, ...options })).toThrow(InvalidMockOptionsError);
  });

  it('names the wrong realtime limit, in createRealtimeHandler too', () => {
    const realtime = { url: 'ws://127.0.0.1:3000/realtime', channel: 'c', limits: { idleTimeoutMs: -5 } };
    expect(() => createRealtimeHandler(realtime)).toThrow(
      'realtime.limits.idleTimeoutMs must be a number of ms > 0; got -5',
    );
  });

  it('creates one handler per operation of openapi.yaml, plus the route-miss answer', () => {
    expect(createTodoHandlers({ baseUrl: BASE })).toHaveLength(Object.keys(operations).length + BUCKET_HANDLERS + 1);
  });

  it.each([`${BASE}/prod`, `${BASE}/prod/`])(
    'serves under a base path (%s), with Location under it',
    async (baseUrl) => {
      mockApi({ baseUrl });
      const response = await fetch(`${BASE}/prod/users/u1/tasks`, {
        method: 'POST',
        headers: { authorization: `Bearer ${devToken('u1')}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'staged' }),
      });
      const body = (await response.json()) as Task;
      assertConforms('createTask', { status: response.status, headers: response.headers, body });
      expect(response.status).toBe(201);
      expect(response.headers.get('location')).toBe(`/prod/users/u1/tasks/${body.task_id}`);
    },
  );
});
