// Request problems the contract rejects before any business logic, and the bodies API
// Gateway base64-encodes.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { invoke } from '../support/invoke.ts';
import { startWorld, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const user_id = 'requester';
const create = (body: unknown, extra: { headers?: Record<string, string>; base64?: boolean } = {}) =>
  invoke(world.handlers.createTask, 'createTask', { pathParameters: { user_id }, body, ...extra });

const rejected: [string, { body: unknown; headers?: Record<string, string> }, number, string | undefined][] = [
  ['malformed JSON', { body: '{"title":' }, 400, ''],
  ['a JSON array', { body: '[]' }, 400, ''],
  ['an empty title', { body: { title: '' } }, 400, '/title'],
  ['a whitespace-only title', { body: { title: '   ' } }, 400, '/title'],
  ['a server-owned field', { body: { title: 'x', version: 3 } }, 400, '/version'],
  ['an id in the body', { body: { title: 'x', task_id: 'mine' } }, 400, '/task_id'],
  ['a __proto__ key', { body: '{"title":"x","__proto__":{"polluted":true}}' }, 400, '/__proto__'],
  ['an unknown status', { body: { title: 'x', status: 'later' } }, 400, '/status'],
  ['a text/plain body', { body: '{"title":"x"}', headers: { 'Content-Type': 'text/plain' } }, 415, undefined],
  ['no content type', { body: '{"title":"x"}', headers: { 'Content-Type': '' } }, 415, undefined],
  ['a body over 64 KiB', { body: { title: 'x', description: 'é'.repeat(33_000) } }, 413, undefined],
];

test.each(rejected)('%s → %i', async (_name, request, status, pointer) => {
  const answer = await create(request.body, { ...(request.headers && { headers: request.headers }) });
  expect(answer.status).toBe(status);
  if (pointer !== undefined) expect(answer.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(await world.stored(user_id)).toEqual([]);
});

test('a base64-encoded body is decoded before validation', async () => {
  const answer = await create({ title: 'Encoded ✓' }, { base64: true });
  expect(answer.status).toBe(201);
  expect(answer.body.title).toBe('Encoded ✓');
  const bad = await create('{"title":', { base64: true });
  expect(bad.status).toBe(400);
});

test('application/json with a charset is JSON', async () => {
  const answer = await create({ title: 'charset' }, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  expect(answer.status).toBe(201);
});

test('201 carries Location (the requested path, stage included, + task_id) and ETag', async () => {
  const answer = await create({ title: 'Located' });
  expect(answer.headers.Location).toBe(`/test/users/${user_id}/tasks/${answer.body.task_id}`);
  expect(answer.headers.ETag).toBe('"1"');
  expect(answer.body).toMatchObject({ user_id, title: 'Located', description: '', status: 'pending', due_date: null });
  expect(answer.body.created_at).toBe(answer.body.updated_at);
});

test('every response has X-Request-Id, Cache-Control: no-store and CORS headers browsers can read', async () => {
  const answers = [
    await invoke(world.handlers.getHello, 'getHello'),
    await create({ title: '' }),
    await invoke(world.handlers.listTasks, 'listTasks', { pathParameters: { user_id }, principal: null }),
  ];
  for (const answer of answers) {
    expect(answer.headers['X-Request-Id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.headers['Cache-Control']).toBe('no-store');
    expect(answer.headers['Access-Control-Allow-Origin']).toBe('*');
    expect(answer.headers['Access-Control-Expose-Headers']).toBe('ETag, Location, X-Request-Id, Retry-After');
  }
  for (const problem of answers.slice(1)) expect(problem.body.request_id).toBe(problem.headers['X-Request-Id']);
});

test('limit and status are validated: 0, 101, -1 and "x" are 400s with the query pointer', async () => {
  for (const limit of ['0', '101', '-1', 'x']) {
    const answer = await invoke(world.handlers.listTasks, 'listTasks', {
      pathParameters: { user_id },
      query: { limit },
    });
    expect(answer.status, limit).toBe(400);
    expect(answer.body.errors[0].pointer).toBe('/query/limit');
  }
});
