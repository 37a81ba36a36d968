// Cursors are tamper-evident and bound to the user and the filter: 200 altered, truncated,
// extended, random or foreign cursors all get 400 with the pointer /query/cursor.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { invoke } from '../support/invoke.ts';
import { startWorld, type World } from '../support/world.ts';

let world: World;
const alice = 'cursor-alice';
const bob = 'cursor-bob';
const cursors: Record<'alice' | 'alicePending' | 'bob', string> = { alice: '', alicePending: '', bob: '' };

const firstCursor = async (userId: string, query: Record<string, string> = {}) => {
  const answer = await invoke(world.handlers.listTasks, 'listTasks', {
    pathParameters: { user_id: userId },
    query: { limit: '1', ...query },
  });
  expect(answer.body.next_cursor).toEqual(expect.any(String));
  return answer.body.next_cursor as string;
};

beforeAll(async () => {
  world = await startWorld();
  for (const user of [alice, alice, alice, bob, bob]) await world.create(user);
  cursors.alice = await firstCursor(alice);
  cursors.alicePending = await firstCursor(alice, { status: 'pending' });
  cursors.bob = await firstCursor(bob);
});
afterAll(() => world.close());

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

type Tampered = { readonly label: string; readonly cursor: string; readonly status?: string };

/** Ways a client (or attacker) can get a cursor wrong, applied to a valid one. */
const tampered: fc.Arbitrary<Tampered> = fc.oneof(
  fc.record({ at: fc.nat(), shift: fc.integer({ min: 1, max: 63 }) }).map(({ at, shift }) => {
    const i = at % cursors.alice.length;
    const flipped = ALPHABET[(ALPHABET.indexOf(cursors.alice[i] as string) + shift) % 64] as string;
    return { label: `flip ${i}`, cursor: cursors.alice.slice(0, i) + flipped + cursors.alice.slice(i + 1) };
  }),
  fc
    .nat()
    .map((keep) => ({ label: 'truncate', cursor: cursors.alice.slice(0, 1 + (keep % (cursors.alice.length - 1))) })),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/).map((extra) => ({ label: 'extend', cursor: cursors.alice + extra })),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,300}$/).map((cursor) => ({ label: 'random', cursor })),
  fc.constant({ label: "bob's cursor", cursor: 'bob' }),
  fc.constant({ label: 'cursor of another filter', cursor: 'alicePending', status: 'done' }),
  fc.constant({ label: 'filtered cursor without the filter', cursor: 'alicePending' }),
);

test('the untampered cursors work', async () => {
  for (const [cursor, query] of [
    [cursors.alice, {}],
    [cursors.alicePending, { status: 'pending' }],
  ] as const) {
    const answer = await invoke(world.handlers.listTasks, 'listTasks', {
      pathParameters: { user_id: alice },
      query: { limit: '1', cursor, ...query },
    });
    expect(answer.status).toBe(200);
  }
});

test('200 tampered cursors all give 400 with pointer /query/cursor', async () => {
  const samples = fc.sample(tampered, { numRuns: 200, seed: 20_261_126 });
  expect(samples).toHaveLength(200);
  for (const sample of samples) {
    const cursor =
      sample.cursor === 'bob' ? cursors.bob : sample.cursor === 'alicePending' ? cursors.alicePending : sample.cursor;
    const query: Record<string, string> = { cursor };
    if (sample.status) query.status = sample.status;
    const answer = await invoke(world.handlers.listTasks, 'listTasks', { pathParameters: { user_id: alice }, query });
    expect(answer.status, sample.label).toBe(400);
    expect(answer.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/query/cursor');
  }
});
