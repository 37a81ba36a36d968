// What a user reads in errors[].detail: one sentence per mistake, from the schema's keywords
// and the spec's own x-pattern-message, never ajv's wording.
import { describe, expect, it } from 'vitest';
import { patternMessages } from '../src/generated/pattern-messages.ts';
import { type OperationId, type RawRequest, validateRequest } from '../src/index.ts';

const USER = 'user123';
const TASK = '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70';
const create = (value: unknown): RawRequest => ({
  pathParameters: { user_id: USER },
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});
const update = (value: unknown, headers: Record<string, string> = {}): RawRequest => ({
  pathParameters: { user_id: USER, task_id: TASK },
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(value),
});

const errorsOf = (operationId: OperationId, request: RawRequest) => {
  const result = validateRequest(operationId, request);
  if (result.ok) throw new Error(`expected ${operationId} to reject ${JSON.stringify(request)}`);
  return result.problem.errors ?? [];
};

describe('one mistake, one sentence', () => {
  it.each<[string, OperationId, RawRequest, { pointer: string; detail: string }]>([
    [
      'an empty title',
      'createTask',
      create({ title: '' }),
      { pointer: '/title', detail: 'must be at least 1 character' },
    ],
    [
      'a blank title',
      'createTask',
      create({ title: '   ' }),
      { pointer: '/title', detail: 'must contain a non-whitespace character' },
    ],
    [
      'a long title',
      'createTask',
      create({ title: 'a'.repeat(201) }),
      { pointer: '/title', detail: 'must be at most 200 characters' },
    ],
    ['a number as title', 'createTask', create({ title: 7 }), { pointer: '/title', detail: 'must be a string' }],
    ['a missing title', 'createTask', create({}), { pointer: '/title', detail: 'is required' }],
    [
      'an unknown field',
      'createTask',
      create({ title: 'x', owner: 'y' }),
      { pointer: '/owner', detail: 'is not a known field' },
    ],
    [
      'a status outside the enum',
      'createTask',
      create({ title: 'x', status: 'archived' }),
      { pointer: '/status', detail: 'must be one of: pending, in_progress, done' },
    ],
    [
      'a due date that is no date-time',
      'createTask',
      create({ title: 'x', due_date: 'tomorrow' }),
      { pointer: '/due_date', detail: 'must be an RFC 3339 date-time, e.g. 2026-12-01T17:00:00Z' },
    ],
    [
      'a due date of the wrong type',
      'createTask',
      create({ title: 'x', due_date: 5 }),
      { pointer: '/due_date', detail: 'must be a string or null' },
    ],
    ['an empty patch', 'updateTask', update({}), { pointer: '', detail: 'must have at least 1 field' }],
    [
      'a malformed If-Match',
      'updateTask',
      update({ title: 'x' }, { 'if-match': 'v3' }),
      { pointer: '/headers/if-match', detail: 'must be an ETag as the API sent it (e.g. "3"), or *' },
    ],
    [
      'a task id that is no UUID',
      'getTask',
      { pathParameters: { user_id: USER, task_id: 'nope' } },
      { pointer: '/path/task_id', detail: 'must be a UUID' },
    ],
    [
      'a user id with a space',
      'listTasks',
      { pathParameters: { user_id: 'a b' } },
      { pointer: '/path/user_id', detail: 'must use only letters, digits and . _ @ -' },
    ],
    [
      'limit 0',
      'listTasks',
      { pathParameters: { user_id: USER }, query: { limit: '0' } },
      { pointer: '/query/limit', detail: 'must be at least 1' },
    ],
    [
      'limit 101',
      'listTasks',
      { pathParameters: { user_id: USER }, query: { limit: '101' } },
      { pointer: '/query/limit', detail: 'must be at most 100' },
    ],
    [
      'limit x',
      'listTasks',
      { pathParameters: { user_id: USER }, query: { limit: 'x' } },
      { pointer: '/query/limit', detail: 'must be a whole number' },
    ],
  ])('%s → exactly one error that says what to do', (_name, operationId, request, want) => {
    expect(errorsOf(operationId, request)).toEqual([want]);
  });

  it('two mistakes give two errors, each once', () => {
    const errors = errorsOf('createTask', create({ title: '', status: 'archived', owner: 'me' }));
    expect(errors.map((e) => e.pointer).sort()).toEqual(['/owner', '/status', '/title']);
    const result = validateRequest('createTask', create({ title: '', status: 'archived', owner: 'me' }));
    expect(result.ok || result.problem.detail).toBe('The request has 3 invalid fields.');
  });

  it('no sentence is ajv’s own wording or a fallback', () => {
    const bad = [create({ title: '', status: 'x', due_date: 'y', z: 1 }), create([]), create('s')];
    for (const request of bad) {
      for (const { detail } of errorsOf('createTask', request)) {
        expect(detail).not.toMatch(/must NOT|must match format|is not allowed here|fewer than|more than/);
        expect(detail).toMatch(/^(must|is) /);
        expect(detail).not.toMatch(/[.:]$/);
      }
    }
  });
});

describe('x-pattern-message', () => {
  it('words every pattern of the spec as a sentence that starts with "must"', () => {
    expect(Object.keys(patternMessages).length).toBeGreaterThanOrEqual(5);
    for (const message of Object.values(patternMessages)) expect(message).toMatch(/^must \S/);
  });
});
