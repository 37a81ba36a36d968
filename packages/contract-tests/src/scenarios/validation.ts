// Invalid input is rejected with the contract's status and JSON pointers, and nothing is
// stored. Each case's expectation is written out for readability and also cross-checked
// with the contract's own validator, so the table cannot drift from openapi.yaml.
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { ApiClient, type ApiRequest } from '../http/api-client.ts';
import { expectEqual, expectProblem, expectStatus, pointersOf } from '../http/expect.ts';
import { validationOf } from '../http/oracle.ts';
import type { Target } from '../target.ts';
import { twoEmptyUsers } from '../users.ts';

type Case = readonly [
  name: string,
  request: (user: string, taskId: string) => ApiRequest,
  status: number,
  pointers: string[],
];

const JSON_TYPE = { 'content-type': 'application/json' };
const create =
  (json: unknown, extra: Partial<ApiRequest> = {}) =>
  (user: string) =>
    ({ operationId: 'createTask', path: { user_id: user }, json, ...extra }) as const;
const list = (query: Record<string, string>) => (user: string) =>
  ({ operationId: 'listTasks', path: { user_id: user }, query }) as const;
const update =
  (json: unknown, headers: Record<string, string> = {}) =>
  (user: string, taskId: string) =>
    ({ operationId: 'updateTask', path: { user_id: user, task_id: taskId }, json, headers }) as const;

/** Requests the contract rejects, with the status and pointers it rejects them with. */
export const VALIDATION_CASES: readonly Case[] = [
  ['create without title', create({ description: 'x' }), 400, ['/title']],
  ['create with an empty title', create({ title: '' }), 400, ['/title']],
  ['create with a whitespace title', create({ title: ' \t ' }), 400, ['/title']],
  ['create with a 201-char title', create({ title: 't'.repeat(201) }), 400, ['/title']],
  ['create with a 2001-char description', create({ title: 'x', description: 'd'.repeat(2001) }), 400, ['/description']],
  ['create with an unknown status', create({ title: 'x', status: 'later' }), 400, ['/status']],
  ['create with a non-date due_date', create({ title: 'x', due_date: 'tomorrow' }), 400, ['/due_date']],
  ['create with a server-owned task_id', create({ title: 'x', task_id: randomUUID() }), 400, ['/task_id']],
  [
    'create with a __proto__ key',
    create(undefined, { rawBody: '{"title":"x","__proto__":{"admin":true}}', headers: JSON_TYPE }),
    400,
    ['/__proto__'],
  ],
  ['create with two bad fields', create({ title: '', status: 'x' }), 400, ['/title', '/status']],
  ['create with an array body', create([{ title: 'x' }]), 400, ['']],
  ['create with malformed JSON', create(undefined, { rawBody: '{"title":', headers: JSON_TYPE }), 400, ['']],
  ['create without a body', create(undefined, { headers: JSON_TYPE }), 400, ['']],
  [
    'create as text/plain',
    create(undefined, { rawBody: 'title=x', headers: { 'content-type': 'text/plain' } }),
    415,
    [],
  ],
  ['create without a Content-Type', create(undefined, { rawBody: '{"title":"x"}' }), 415, []],
  ['create over 64 KB', create({ title: 'x', description: 'd'.repeat(70_000) }), 413, []],
  [
    'create with a spaced Idempotency-Key',
    create({ title: 'x' }, { headers: { 'idempotency-key': 'a b' } }),
    400,
    ['/headers/idempotency-key'],
  ],
  [
    'create for a malformed user id',
    (user) => ({ ...create({ title: 'x' })(user), path: { user_id: 'bad user!' }, as: user }),
    400,
    ['/path/user_id'],
  ],
  ['list with limit 0', list({ limit: '0' }), 400, ['/query/limit']],
  ['list with limit 101', list({ limit: '101' }), 400, ['/query/limit']],
  ['list with limit x', list({ limit: 'x' }), 400, ['/query/limit']],
  ['list with an unknown status', list({ status: 'archived' }), 400, ['/query/status']],
  ['list with a non-base64url cursor', list({ cursor: 'not a cursor!' }), 400, ['/query/cursor']],
  [
    'get a non-uuid task id',
    (user) => ({ operationId: 'getTask', path: { user_id: user, task_id: 'not-a-uuid' } }),
    400,
    ['/path/task_id'],
  ],
  ['update with an empty object', update({}), 400, ['']],
  ['update a server-owned version', update({ version: 7 }), 400, ['/version']],
  ['update with a null title', update({ title: null }), 400, ['/title']],
  ['update with a malformed If-Match', update({ status: 'done' }, { 'if-match': 'abc' }), 400, ['/headers/if-match']],
  [
    'delete with an unquoted If-Match',
    (user, taskId) => ({
      operationId: 'deleteTask',
      path: { user_id: user, task_id: taskId },
      headers: { 'if-match': '1' },
    }),
    400,
    ['/headers/if-match'],
  ],
];

/**
 * Sends every VALIDATION_CASES request and checks status and pointers; afterwards the user's
 * task is untouched and no other task was stored.
 *
 * @example
 * ```ts
 * await validationErrors(mockTarget());
 * ```
 */
export async function validationErrors(target: Target): Promise<void> {
  const api = new ApiClient(target);
  const [user] = await twoEmptyUsers(api);
  const created = await api.send({ operationId: 'createTask', path: { user_id: user }, json: { title: 'keep me' } });
  expectStatus(created, 201);
  const task = created.body as { task_id: string };
  for (const [name, build, status, pointers] of VALIDATION_CASES) {
    const request = build(user, task.task_id);
    const verdict = await validationOf(request);
    const oracle = verdict.ok ? ['valid'] : [verdict.problem.status, pointersOf(verdict.problem)];
    if (!isDeepStrictEqual(oracle, [status, [...pointers].sort()])) {
      throw new Error(`validation case "${name}" disagrees with validateRequest: ${JSON.stringify(oracle)}`);
    }
    expectProblem(await api.send(request), status, status === 400 ? pointers : undefined);
  }
  const after = await api.send({ operationId: 'listTasks', path: { user_id: user } });
  expectEqual(after, 'the list (only the untouched task)', after.body, { tasks: [created.body], next_cursor: null });
}
