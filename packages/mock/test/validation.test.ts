// The mock must reject bad input exactly as the Lambda handlers do: same status, same
// problem, same pointers. Both use the contract's validateRequest, so the expected problem
// is computed by calling it directly with the raw parts of the same request.
import { type OperationId, type Problem, type RawRequest, validateRequest } from '@serverless-todo/contract';
import { describe, expect, it } from 'vitest';
import { call, mockApi, useMockServer } from './support/api.ts';

useMockServer();

const TASK = '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70';
const JSON_CT = { 'content-type': 'application/json' };

interface Case {
  readonly op: OperationId;
  readonly method: string;
  readonly path: string;
  readonly query?: Record<string, string>;
  readonly headers?: Record<string, string>;
  readonly raw?: string;
  readonly pathParameters: Record<string, string>;
  readonly status: number;
  readonly pointers: readonly string[];
}

const create = (raw: string, extra: Partial<Case> = {}): Case => ({
  op: 'createTask',
  method: 'POST',
  path: '/users/u1/tasks',
  pathParameters: { user_id: 'u1' },
  headers: JSON_CT,
  raw,
  status: 400,
  pointers: [],
  ...extra,
});
const list = (query: Record<string, string>, pointers: string[]): Case => ({
  op: 'listTasks',
  method: 'GET',
  path: '/users/u1/tasks',
  pathParameters: { user_id: 'u1' },
  query,
  status: 400,
  pointers,
});
const update = (raw: string, pointers: string[], headers: Record<string, string> = {}): Case => ({
  op: 'updateTask',
  method: 'PATCH',
  path: `/users/u1/tasks/${TASK}`,
  pathParameters: { user_id: 'u1', task_id: TASK },
  headers: { ...JSON_CT, ...headers },
  raw,
  status: 400,
  pointers,
});

const cases: [string, Case][] = [
  ['missing title', create('{}', { pointers: ['/title'] })],
  ['title too long', create(JSON.stringify({ title: 'x'.repeat(201) }), { pointers: ['/title'] })],
  ['whitespace title', create(JSON.stringify({ title: '   ' }), { pointers: ['/title'] })],
  ['server-owned task_id', create(JSON.stringify({ title: 'a', task_id: TASK }), { pointers: ['/task_id'] })],
  ['__proto__ key', create('{"title":"a","__proto__":{"x":1}}', { pointers: ['/__proto__'] })],
  ['unknown status', create(JSON.stringify({ title: 'a', status: 'later' }), { pointers: ['/status'] })],
  [
    'bad due_date',
    create(JSON.stringify({ title: 'a', due_date: '2026-02-30T00:00:00Z' }), { pointers: ['/due_date'] }),
  ],
  ['invalid JSON', create('{"title":', { pointers: [''] })],
  ['body not an object', create('[1]', { pointers: [''] })],
  ['empty body', create('', { pointers: [''] })],
  ['non-JSON content type', create('title=a', { headers: { 'content-type': 'text/plain' }, status: 415 })],
  ['body over 64 KB', create(JSON.stringify({ title: 'a', description: 'é'.repeat(40000) }), { status: 413 })],
  [
    'idempotency key with a space',
    create('{"title":"a"}', {
      headers: { ...JSON_CT, 'idempotency-key': 'a b' },
      pointers: ['/headers/idempotency-key'],
    }),
  ],
  [
    'malformed user id',
    create('{"title":"a"}', {
      path: '/users/bad!id/tasks',
      pathParameters: { user_id: 'bad!id' },
      pointers: ['/path/user_id'],
    }),
  ],
  ['limit 0', list({ limit: '0' }, ['/query/limit'])],
  ['limit 101', list({ limit: '101' }, ['/query/limit'])],
  ['limit -1', list({ limit: '-1' }, ['/query/limit'])],
  ['limit x', list({ limit: 'x' }, ['/query/limit'])],
  ['cursor with bad characters', list({ cursor: 'a+b' }, ['/query/cursor'])],
  ['cursor too long', list({ cursor: 'a'.repeat(2049) }, ['/query/cursor'])],
  ['unknown status filter', list({ status: 'archived' }, ['/query/status'])],
  ['several bad query values', list({ limit: '0', status: 'x' }, ['/query/limit', '/query/status'])],
  [
    'task id not a uuid',
    {
      op: 'getTask',
      method: 'GET',
      path: '/users/u1/tasks/nope',
      pathParameters: { user_id: 'u1', task_id: 'nope' },
      status: 400,
      pointers: ['/path/task_id'],
    },
  ],
  ['empty update', update('{}', [''])],
  ['server-owned version in update', update('{"version":3}', ['/version'])],
  ['malformed If-Match', update('{"title":"a"}', ['/headers/if-match'], { 'if-match': '3' })],
  [
    'malformed If-Match on delete',
    {
      op: 'deleteTask',
      method: 'DELETE',
      path: `/users/u1/tasks/${TASK}`,
      pathParameters: { user_id: 'u1', task_id: TASK },
      headers: { 'if-match': 'W/3' },
      status: 400,
      pointers: ['/headers/if-match'],
    },
  ],
];

describe('validation problems are the contract validator’s', () => {
  it.each(cases)('%s', async (_name, c) => {
    mockApi();
    const search = c.query ? `?${new URLSearchParams(c.query)}` : '';
    const res = await call(c.op, c.method, c.path + search, {
      headers: c.headers ?? {},
      ...(c.raw !== undefined && { raw: c.raw }),
    });
    const raw: RawRequest = {
      pathParameters: c.pathParameters,
      query: c.query ?? {},
      headers: c.headers ?? {},
      body: c.raw ?? null,
    };
    const expected = validateRequest(c.op, raw);
    if (expected.ok) throw new Error('the case must be invalid');

    expect(res.status).toBe(c.status);
    const { request_id, ...problem } = res.body as Problem;
    expect(request_id).toBe(res.headers.get('x-request-id'));
    expect(problem).toEqual(expected.problem);
    expect((problem.errors ?? []).map((e) => e.pointer)).toEqual(c.pointers);
  });

  it('applies the defaults the validator fills in', async () => {
    mockApi();
    const res = await call('createTask', 'POST', '/users/u1/tasks', { json: { title: 'defaults' } });
    expect(res.body).toMatchObject({ description: '', status: 'pending', due_date: null });
  });

  it('accepts a JSON content type with parameters, and a matching limit string', async () => {
    mockApi();
    const res = await call('createTask', 'POST', '/users/u1/tasks', {
      raw: '{"title":"a"}',
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(res.status).toBe(201);
    expect((await call('listTasks', 'GET', '/users/u1/tasks?limit=100')).status).toBe(200);
  });
});
