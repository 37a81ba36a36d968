// The differential test's normalisation: what is hidden, what is still compared.
import { describe, expect, it } from 'vitest';
import { normaliseValue, observe } from '../src/differential/normalise.ts';
import type { Exchange } from '../src/http/api-client.ts';

const ID_A = '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70';
const ID_B = '0a0b0c0d-1111-4222-8333-444455556666';
const labels = new Map([
  [ID_A, 'task#0'],
  [ID_B, 'task#1'],
]);
const task = (id: string, title: string) => ({
  user_id: 'u1',
  task_id: id,
  title,
  created_at: '2026-11-26T09:30:00.000Z',
  updated_at: '2026-11-26T09:31:00.000Z',
  version: 1,
});
const exchange = (
  operationId: Exchange['operationId'],
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) =>
  ({
    operationId,
    status,
    body,
    headers: new Headers(headers),
    label: '',
    method: 'GET',
    url: '',
    requestBody: null,
  }) as Exchange;

describe('normaliseValue', () => {
  it.each([
    ['a known task id', ID_A, 'task#0'],
    ['an unknown uuid stays', '00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000000'],
    ['ids inside a path', `/users/u1/tasks/${ID_B}`, '/users/u1/tasks/task#1'],
    [
      'timestamps',
      { created_at: 'x', updated_at: 'y', due_date: '2026-01-01T00:00:00Z' },
      { created_at: '<time>', updated_at: '<time>', due_date: '2026-01-01T00:00:00Z' },
    ],
    ['request ids', { status: 404, request_id: 'abc' }, { status: 404, request_id: '<request-id>' }],
    [
      'a cursor, but not the end',
      [{ next_cursor: 'abc' }, { next_cursor: null }],
      [{ next_cursor: '<cursor>' }, { next_cursor: null }],
    ],
  ])('%s', (_, given, want) => {
    expect(normaliseValue(given, labels)).toEqual(want);
  });
});

describe('observe', () => {
  const page = { tasks: [task(ID_B, 'b'), task(ID_A, 'a')], next_cursor: null };

  it('compares a whole list in creation order, whatever the uuid order', () => {
    const body = observe(exchange('listTasks', 200, page), labels, 'whole').body as { tasks: { task_id: string }[] };
    expect(body.tasks.map((t) => t.task_id)).toEqual(['task#0', 'task#1']);
  });

  it.each([
    ['size', { size: 2, more: true }],
    ['status', '<page after a cursor issued before the tasks changed>'],
  ] as const)('reduces a partial page to its %s', (view, want) => {
    expect(observe(exchange('listTasks', 200, { ...page, next_cursor: 'c' }), labels, view).body).toEqual(want);
  });

  it('keeps the headers that must agree and relabels Location', () => {
    const created = exchange('createTask', 201, task(ID_A, 'a'), {
      'content-type': 'application/json; charset=utf-8',
      etag: '"1"',
      location: `/users/u1/tasks/${ID_A}`,
      'x-request-id': 'ignored',
    });
    expect(observe(created, labels)).toMatchObject({
      status: 201,
      contentType: 'application/json',
      etag: '"1"',
      location: '/users/u1/tasks/task#0',
      retryAfter: false,
    });
  });
});
