// Idempotency-Key on POST, on the Powertools layer over dynalite: replay, a different body,
// concurrency, scoping to the principal, and no idempotency without the header.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { invoke } from '../support/invoke.ts';
import { startWorld, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const post = (userId: string, body: unknown, key?: string) =>
  invoke(world.handlers.createTask, 'createTask', {
    pathParameters: { user_id: userId },
    body,
    ...(key !== undefined && { headers: { 'Idempotency-Key': key } }),
  });

test('same key and body: the original 201 replayed, one item stored', async () => {
  const first = await post('replayer', { title: 'Once', status: 'done' }, 'key-1');
  // The same body with another key order and its defaults spelled out is the same request.
  const again = await post('replayer', { status: 'done', due_date: null, description: '', title: 'Once' }, 'key-1');
  expect(first.status).toBe(201);
  expect(again.status).toBe(201);
  expect(again.body).toEqual(first.body);
  expect(again.headers.ETag).toBe(first.headers.ETag);
  expect(again.headers.Location).toBe(first.headers.Location);
  expect(again.headers['X-Request-Id']).not.toBe(first.headers['X-Request-Id']);
  expect(await world.stored('replayer')).toHaveLength(1);
});

test('same key, other body: 422 and nothing new stored', async () => {
  await post('reuser', { title: 'First' }, 'key-2');
  const other = await post('reuser', { title: 'Second' }, 'key-2');
  expect(other.status).toBe(422);
  expect(await world.stored('reuser')).toHaveLength(1);
});

test('10 concurrent identical POSTs store one item', async () => {
  const answers = await Promise.all(Array.from({ length: 10 }, () => post('crowd', { title: 'Crowd' }, 'key-3')));
  const created = answers.filter((answer) => answer.status === 201);
  const inFlight = answers.filter((answer) => answer.status === 409);
  expect(created.length + inFlight.length).toBe(10);
  expect(created.length).toBeGreaterThan(0);
  expect(new Set(created.map((answer) => answer.body.task_id)).size).toBe(1);
  for (const answer of inFlight) expect(Number(answer.headers['Retry-After'])).toBeGreaterThan(0);
  expect(await world.stored('crowd')).toHaveLength(1);
  // Once the first finished, a retry of any of them gets the original back.
  const retry = await post('crowd', { title: 'Crowd' }, 'key-3');
  expect(retry.body.task_id).toBe(created[0]?.body.task_id);
});

test('keys are scoped to the principal: the same key from two users makes two tasks', async () => {
  const a = await post('scope-a', { title: 'Same' }, 'shared-key');
  const b = await post('scope-b', { title: 'Same' }, 'shared-key');
  expect([a.status, b.status]).toEqual([201, 201]);
  expect(a.body.task_id).not.toBe(b.body.task_id);
  expect(b.body.user_id).toBe('scope-b');
});

test('without the header every POST creates a task (a missing key is never hashed)', async () => {
  await post('no-key', { title: 'Same' });
  await post('no-key', { title: 'Same' });
  expect(await world.stored('no-key')).toHaveLength(2);
});

test('an invalid Idempotency-Key is a 400 that points at the header', async () => {
  const answer = await post('bad-key', { title: 'x' }, 'has spaces');
  expect(answer.status).toBe(400);
  expect(answer.body.errors[0].pointer).toBe('/headers/idempotency-key');
});
