import { describe, expect, it } from 'vitest';
import { type OperationId, type RawRequest, validateRequest } from '../src/index.ts';

const USER = 'user123';
const TASK = '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70';
const JSON_TYPE = { 'Content-Type': 'application/json' };

interface Rejection {
  readonly given: RawRequest;
  readonly status?: number;
  /** Pointers the problem must name (it may name more). */
  readonly pointers: readonly string[];
}

/** A request for `operationId` with sensible defaults, overridden by `patch`. */
function request(operationId: OperationId, patch: Partial<RawRequest> = {}): RawRequest {
  const pathParameters =
    operationId === 'getHello'
      ? {}
      : operationId.endsWith('Tasks') || operationId === 'createTask'
        ? { user_id: USER }
        : { user_id: USER, task_id: TASK };
  return { pathParameters, query: {}, headers: JSON_TYPE, body: null, ...patch };
}

const body = (value: unknown) => ({ body: JSON.stringify(value) });

function expectRejected(operationId: OperationId, { given, status = 400, pointers }: Rejection) {
  const result = validateRequest(operationId, given);
  if (result.ok) throw new Error(`expected ${operationId} to reject ${JSON.stringify(given)}`);
  expect(result.problem.status).toBe(status);
  const named = (result.problem.errors ?? []).map((e) => e.pointer);
  for (const pointer of pointers) expect(named).toContain(pointer);
}

const createRejections: [string, Rejection][] = [
  ['an unknown field', { given: request('createTask', body({ title: 'x', owner: 'y' })), pointers: ['/owner'] }],
  ['a 201-character title', { given: request('createTask', body({ title: 'a'.repeat(201) })), pointers: ['/title'] }],
  ['a missing title', { given: request('createTask', body({ description: 'd' })), pointers: ['/title'] }],
  ['an empty title', { given: request('createTask', body({ title: '' })), pointers: ['/title'] }],
  ['a whitespace-only title', { given: request('createTask', body({ title: ' \t\n ' })), pointers: ['/title'] }],
  [
    'a 2001-character description',
    { given: request('createTask', body({ title: 'x', description: 'd'.repeat(2001) })), pointers: ['/description'] },
  ],
  [
    'an unknown status',
    { given: request('createTask', body({ title: 'x', status: 'archived' })), pointers: ['/status'] },
  ],
  [
    'a non-date due_date',
    { given: request('createTask', body({ title: 'x', due_date: 'tomorrow' })), pointers: ['/due_date'] },
  ],
  [
    'an impossible calendar date',
    { given: request('createTask', body({ title: 'x', due_date: '2026-02-30T10:00:00Z' })), pointers: ['/due_date'] },
  ],
  [
    'a server-owned task_id',
    { given: request('createTask', body({ title: 'x', task_id: TASK })), pointers: ['/task_id'] },
  ],
  [
    'a server-owned version',
    { given: request('createTask', body({ title: 'x', version: 7 })), pointers: ['/version'] },
  ],
  [
    'a user_id in the body',
    { given: request('createTask', body({ title: 'x', user_id: 'other' })), pointers: ['/user_id'] },
  ],
  [
    'a __proto__ key',
    { given: request('createTask', { body: '{"title":"x","__proto__":{"polluted":true}}' }), pointers: ['/__proto__'] },
  ],
  [
    'a constructor key',
    {
      given: request('createTask', { body: '{"title":"x","constructor":{"prototype":{"polluted":true}}}' }),
      pointers: ['/constructor'],
    },
  ],
  ['a body that is not JSON', { given: request('createTask', { body: '{"title": "x",' }), pointers: [''] }],
  ['a JSON array body', { given: request('createTask', body([{ title: 'x' }])), pointers: [''] }],
  ['a title that is a number', { given: request('createTask', body({ title: 42 })), pointers: ['/title'] }],
  ['no body at all', { given: request('createTask'), pointers: [''] }],
  [
    'a bad user_id',
    {
      given: request('createTask', { pathParameters: { user_id: 'a b' }, ...body({ title: 'x' }) }),
      pointers: ['/path/user_id'],
    },
  ],
  [
    'an over-long Idempotency-Key',
    {
      given: request('createTask', {
        headers: { ...JSON_TYPE, 'Idempotency-Key': 'k'.repeat(256) },
        ...body({ title: 'x' }),
      }),
      pointers: ['/headers/idempotency-key'],
    },
  ],
  [
    'a text/plain body',
    {
      given: request('createTask', { headers: { 'Content-Type': 'text/plain' }, ...body({ title: 'x' }) }),
      status: 415,
      pointers: [],
    },
  ],
  [
    'a body over 64 KB',
    { given: request('createTask', body({ title: 'x', description: 'é'.repeat(40_000) })), status: 413, pointers: [] },
  ],
];

const createAcceptances: [string, RawRequest][] = [
  [
    'the design example',
    request('createTask', body({ title: 'Learn AWS Lambda', description: 'Complete the serverless tutorial' })),
  ],
  ['a bare title', request('createTask', body({ title: 'x' }))],
  [
    'every field',
    request(
      'createTask',
      body({ title: 'x', description: '', status: 'in_progress', due_date: '2026-12-01T17:00:00+01:00' }),
    ),
  ],
  ['a 200-character emoji title', request('createTask', body({ title: '🚀'.repeat(200) }))],
  [
    'a null due_date and charset',
    request('createTask', {
      headers: { 'content-type': 'application/json; charset=utf-8' },
      ...body({ title: 'x', due_date: null }),
    }),
  ],
  [
    'an Idempotency-Key',
    request('createTask', { headers: { ...JSON_TYPE, 'idempotency-key': '0d6f7c1e-key' }, ...body({ title: 'x' }) }),
  ],
];

const updateRejections: [string, Rejection][] = [
  ['an empty patch', { given: request('updateTask', body({})), pointers: [''] }],
  ['an unknown field', { given: request('updateTask', body({ done: true })), pointers: ['/done'] }],
  ['a 201-character title', { given: request('updateTask', body({ title: 'a'.repeat(201) })), pointers: ['/title'] }],
  ['a whitespace-only title', { given: request('updateTask', body({ title: '   ' })), pointers: ['/title'] }],
  ['a null title', { given: request('updateTask', body({ title: null })), pointers: ['/title'] }],
  ['a bad status', { given: request('updateTask', body({ status: 'DONE' })), pointers: ['/status'] }],
  [
    'a bad due_date',
    { given: request('updateTask', body({ due_date: '2026-13-01T00:00:00Z' })), pointers: ['/due_date'] },
  ],
  ['a version in the body', { given: request('updateTask', body({ version: 2 })), pointers: ['/version'] }],
  [
    'a malformed task_id',
    {
      given: request('updateTask', {
        pathParameters: { user_id: USER, task_id: 'not-a-uuid' },
        ...body({ status: 'done' }),
      }),
      pointers: ['/path/task_id'],
    },
  ],
  [
    'a malformed If-Match',
    {
      given: request('updateTask', { headers: { ...JSON_TYPE, 'If-Match': '3' }, ...body({ status: 'done' }) }),
      pointers: ['/headers/if-match'],
    },
  ],
  [
    'a __proto__ key',
    { given: request('updateTask', { body: '{"__proto__":{"status":"done"}}' }), pointers: ['/__proto__'] },
  ],
  ['invalid JSON', { given: request('updateTask', { body: 'status=done' }), pointers: [''] }],
];

const updateAcceptances: [string, RawRequest][] = [
  ['a status change', request('updateTask', body({ status: 'done' }))],
  ['a title change', request('updateTask', body({ title: 'Learn Lambda well' }))],
  ['clearing due_date', request('updateTask', body({ due_date: null }))],
  [
    'an If-Match',
    request('updateTask', { headers: { ...JSON_TYPE, 'If-Match': '"3"' }, ...body({ description: '' }) }),
  ],
  [
    'a weak If-Match',
    request('updateTask', { headers: { ...JSON_TYPE, 'if-match': 'W/"12"' }, ...body({ status: 'pending' }) }),
  ],
  [
    'If-Match *',
    request('updateTask', { headers: { ...JSON_TYPE, 'if-match': '*' }, ...body({ status: 'in_progress' }) }),
  ],
];

const listRejections: [string, Rejection][] = [
  ['limit=abc', { given: request('listTasks', { query: { limit: 'abc' } }), pointers: ['/query/limit'] }],
  ['limit=0', { given: request('listTasks', { query: { limit: '0' } }), pointers: ['/query/limit'] }],
  ['limit=101', { given: request('listTasks', { query: { limit: '101' } }), pointers: ['/query/limit'] }],
  ['limit=-1', { given: request('listTasks', { query: { limit: '-1' } }), pointers: ['/query/limit'] }],
  ['limit=1.5', { given: request('listTasks', { query: { limit: '1.5' } }), pointers: ['/query/limit'] }],
  [
    'an unknown status',
    { given: request('listTasks', { query: { status: 'archived' } }), pointers: ['/query/status'] },
  ],
  ['an empty cursor', { given: request('listTasks', { query: { cursor: '' } }), pointers: ['/query/cursor'] }],
  [
    'a cursor with forbidden characters',
    { given: request('listTasks', { query: { cursor: 'ab+/=' } }), pointers: ['/query/cursor'] },
  ],
  [
    'an over-long cursor',
    { given: request('listTasks', { query: { cursor: 'a'.repeat(2049) } }), pointers: ['/query/cursor'] },
  ],
  ['a missing user_id', { given: request('listTasks', { pathParameters: {} }), pointers: ['/path/user_id'] }],
  [
    'an over-long user_id',
    { given: request('listTasks', { pathParameters: { user_id: 'u'.repeat(129) } }), pointers: ['/path/user_id'] },
  ],
];

const listAcceptances: [string, RawRequest][] = [
  ['no query', request('listTasks')],
  ['limit=1', request('listTasks', { query: { limit: '1' } })],
  ['limit=100', request('listTasks', { query: { limit: '100' } })],
  ['a status filter', request('listTasks', { query: { status: 'done' } })],
  ['a cursor', request('listTasks', { query: { cursor: 'eyJrIjoxfQ_-' } })],
];

const taskRejections: [string, Rejection][] = [
  [
    'a malformed task_id',
    { given: request('getTask', { pathParameters: { user_id: USER, task_id: '123' } }), pointers: ['/path/task_id'] },
  ],
  [
    'a task_id with a trailing char',
    {
      given: request('getTask', { pathParameters: { user_id: USER, task_id: `${TASK}0` } }),
      pointers: ['/path/task_id'],
    },
  ],
  [
    'an empty user_id',
    { given: request('getTask', { pathParameters: { user_id: '', task_id: TASK } }), pointers: ['/path/user_id'] },
  ],
  [
    'a user_id with a slash',
    { given: request('getTask', { pathParameters: { user_id: 'a/b', task_id: TASK } }), pointers: ['/path/user_id'] },
  ],
  [
    'no path parameters',
    { given: request('getTask', { pathParameters: null }), pointers: ['/path/user_id', '/path/task_id'] },
  ],
];

const deleteRejections: [string, Rejection][] = [
  [
    'a bare-number If-Match',
    { given: request('deleteTask', { headers: { 'If-Match': '2' } }), pointers: ['/headers/if-match'] },
  ],
  [
    'an If-Match list',
    { given: request('deleteTask', { headers: { 'If-Match': '"1", "2"' } }), pointers: ['/headers/if-match'] },
  ],
  [
    'an over-long If-Match',
    {
      given: request('deleteTask', { headers: { 'If-Match': `"${'1'.repeat(70)}"` } }),
      pointers: ['/headers/if-match'],
    },
  ],
  [
    'a malformed task_id',
    { given: request('deleteTask', { pathParameters: { user_id: USER, task_id: 'x' } }), pointers: ['/path/task_id'] },
  ],
  [
    'a missing task_id',
    { given: request('deleteTask', { pathParameters: { user_id: USER } }), pointers: ['/path/task_id'] },
  ],
];

const taskAcceptances: [OperationId, string, RawRequest][] = [
  ['getTask', 'a task', request('getTask')],
  [
    'getTask',
    'an upper-case uuid',
    request('getTask', { pathParameters: { user_id: USER, task_id: TASK.toUpperCase() } }),
  ],
  ['deleteTask', 'no If-Match', request('deleteTask')],
  ['deleteTask', 'an If-Match', request('deleteTask', { headers: { 'If-Match': '"1"' } })],
  ['deleteTask', 'If-Match *', request('deleteTask', { headers: { 'if-match': '*' } })],
  ['getHello', 'hello', request('getHello')],
];

describe('validateRequest', () => {
  describe.each([
    ['createTask', createRejections, createAcceptances],
    ['updateTask', updateRejections, updateAcceptances],
    ['listTasks', listRejections, listAcceptances],
  ] as const)('%s', (operationId, rejections, acceptances) => {
    it('has at least 10 rejecting and 5 accepting cases', () => {
      expect(rejections.length).toBeGreaterThanOrEqual(10);
      expect(acceptances.length).toBeGreaterThanOrEqual(5);
    });
    it.each(rejections)('rejects %s', (_name, rejection) => expectRejected(operationId, rejection));
    it.each(acceptances)('accepts %s', (_name, given) => {
      const result = validateRequest(operationId, given);
      expect(result.ok ? [] : result.problem.errors).toEqual([]);
    });
  });

  it.each(taskRejections)('getTask rejects %s', (_name, rejection) => expectRejected('getTask', rejection));
  it.each(deleteRejections)('deleteTask rejects %s', (_name, rejection) => expectRejected('deleteTask', rejection));
  it.each(taskAcceptances)('%s accepts %s', (operationId, _name, given) => {
    expect(validateRequest(operationId, given).ok).toBe(true);
  });

  it('coerces the query and fills in defaults', () => {
    const list = validateRequest('listTasks', request('listTasks', { query: { limit: '7' } }));
    expect(list.ok && list.value.query).toEqual({ limit: 7 });
    const fallback = validateRequest('listTasks', request('listTasks'));
    expect(fallback.ok && fallback.value.query.limit).toBe(20);
    const created = validateRequest('createTask', request('createTask', body({ title: 'x' })));
    expect(created.ok && created.value.body).toEqual({
      title: 'x',
      description: '',
      status: 'pending',
      due_date: null,
    });
  });

  it('leaves Object.prototype untouched after a __proto__ body', () => {
    validateRequest('createTask', request('createTask', { body: '{"title":"x","__proto__":{"polluted":true}}' }));
    validateRequest('updateTask', request('updateTask', { body: '{"__proto__":{"polluted":true}}' }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('never throws on hostile input', () => {
    const hostile = ['', 'null', '[]', '1e309', '"x"', '{"title":{"$ne":1}}', '\u0000', '{'.repeat(5000), '🚀'];
    for (const raw of hostile) {
      expect(() => validateRequest('createTask', request('createTask', { body: raw }))).not.toThrow();
      expect(validateRequest('createTask', request('createTask', { body: raw })).ok).toBe(false);
    }
  });

  it('reports every offending field at once, with a status-matching problem', () => {
    const result = validateRequest('createTask', {
      pathParameters: { user_id: 'bad id' },
      headers: JSON_TYPE,
      body: JSON.stringify({ title: '', owner: 1, status: 'nope' }),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toMatchObject({ status: 400, type: expect.stringMatching(/validation-error$/) });
      expect([...new Set(result.problem.errors?.map((e) => e.pointer))].sort()).toEqual([
        '/owner',
        '/path/user_id',
        '/status',
        '/title',
      ]);
    }
  });
});
