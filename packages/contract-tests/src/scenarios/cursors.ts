// Tampered cursors: any change to a cursor, another user's cursor, or a cursor issued for
// another filter is a 400 pointing at /query/cursor — never a 5xx, never someone's data.
import type { TaskList, TaskStatus } from '@serverless-todo/contract';
import { ApiClient } from '../http/api-client.ts';
import { expectProblem, expectStatus } from '../http/expect.ts';
import { createTask } from '../http/tasks.ts';
import type { Target } from '../target.ts';
import { twoEmptyUsers } from '../users.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Changes character `i` of a base64url string so its decoded bits change too: the six-bit
 * value flips its top bit, which is never one of the unused trailing bits of the last char.
 *
 * @example
 * ```ts
 * flipAt('AAAA', 3); // 'AAAg'
 * ```
 */
export function flipAt(cursor: string, i: number): string {
  const value = ALPHABET.indexOf(cursor[i] as string);
  return cursor.slice(0, i) + ALPHABET[value ^ 32] + cursor.slice(i + 1);
}

/**
 * Every tampered variant of a genuine cursor, named for the failure message.
 *
 * @example
 * ```ts
 * tamperedVariants(cursor).map(([name]) => name); // ['first char flipped', …]
 * ```
 */
export function tamperedVariants(cursor: string): [string, string][] {
  const middle = Math.floor(cursor.length / 2);
  return [
    ['first char flipped', flipAt(cursor, 0)],
    ['middle char flipped', flipAt(cursor, middle)],
    ['last char flipped', flipAt(cursor, cursor.length - 1)],
    ['last char dropped', cursor.slice(0, -1)],
    ['cut in half', cursor.slice(0, middle)],
    ['one char appended', `${cursor}A`],
    ['doubled', cursor + cursor],
    ['reversed', [...cursor].reverse().join('')],
    ['all A', 'A'.repeat(cursor.length)],
  ];
}

/**
 * Gets genuine cursors for user A (no filter and status=done), then sends tampered,
 * foreign and cross-filter variants.
 *
 * @example
 * ```ts
 * await tamperedCursors(mockTarget());
 * ```
 */
export async function tamperedCursors(target: Target): Promise<void> {
  const api = new ApiClient(target);
  const [alice, bob] = await twoEmptyUsers(api);
  for (const status of ['pending', 'done', 'done', 'pending'] as const)
    await createTask(api, alice, { title: status, status });
  await createTask(api, bob, { title: 'bob' });

  const first = async (status?: TaskStatus) => {
    const query: Record<string, string> = { limit: '1', ...(status ? { status } : {}) };
    const page = await api.send({ operationId: 'listTasks', path: { user_id: alice }, query });
    expectStatus(page, 200);
    return (page.body as TaskList).next_cursor as string;
  };
  const plain = await first();
  const done = await first('done');
  const list = (user: string, query: Record<string, string>) =>
    api.send({ operationId: 'listTasks', path: { user_id: user }, query });

  expectStatus(await list(alice, { cursor: plain }), 200);
  expectStatus(await list(alice, { cursor: done, status: 'done' }), 200);
  for (const [, cursor] of [...tamperedVariants(plain), ...tamperedVariants(done)]) {
    if (cursor === plain || cursor === done) continue;
    expectProblem(await list(alice, { cursor }), 400, ['/query/cursor']);
    expectProblem(await list(alice, { cursor, status: 'done' }), 400, ['/query/cursor']);
  }
  expectProblem(await list(bob, { cursor: plain }), 400, ['/query/cursor']);
  expectProblem(await list(alice, { cursor: plain, status: 'done' }), 400, ['/query/cursor']);
  expectProblem(await list(alice, { cursor: done }), 400, ['/query/cursor']);
  expectProblem(await list(alice, { cursor: done, status: 'pending' }), 400, ['/query/cursor']);
}
