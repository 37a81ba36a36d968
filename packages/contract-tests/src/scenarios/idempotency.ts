// Idempotency-Key on create: a replay returns the first task, another body is 422, keys
// are per user, and concurrent identical requests store one task.
import { randomUUID } from 'node:crypto';
import type { Task } from '@serverless-todo/contract';
import { ApiClient, type Exchange } from '../http/api-client.ts';
import { expectEqual, expectStatus, expectThat } from '../http/expect.ts';
import { listAll } from '../http/tasks.ts';
import type { Target } from '../target.ts';
import { twoEmptyUsers } from '../users.ts';

/** How many identical creates race with one key. */
export const CONCURRENT_CREATES = 5;

/**
 * Replay, different body, per-user scope and a concurrent burst.
 *
 * @example
 * ```ts
 * await idempotentCreate(mockTarget());
 * ```
 */
export async function idempotentCreate(target: Target): Promise<void> {
  const api = new ApiClient(target);
  const [alice, bob] = await twoEmptyUsers(api);
  // Random keys: a deployed API remembers keys for 24 hours.
  const key = `key-${randomUUID()}`;
  const post = (user: string, keyValue: string, body: string) =>
    api.send({
      operationId: 'createTask',
      path: { user_id: user },
      rawBody: body,
      headers: { 'content-type': 'application/json', 'idempotency-key': keyValue },
    });

  const first = await post(alice, key, '{"title":"once"}');
  expectStatus(first, 201);
  const task = first.body as Task;
  for (const body of ['{"title":"once"}', '{ "description": "", "title": "once" }']) {
    const replay = await post(alice, key, body);
    expectStatus(replay, 201);
    expectEqual(replay, 'the replayed task', replay.body, task);
    expectEqual(
      replay,
      'Location and ETag',
      [replay.headers.get('location'), replay.headers.get('etag')],
      [first.headers.get('location'), '"1"'],
    );
  }
  expectStatus(await post(alice, key, '{"title":"twice"}'), 422);
  const other = await post(bob, key, '{"title":"once"}');
  expectStatus(other, 201);
  expectThat(other, "a task of bob's own, not alice's", (other.body as Task).task_id !== task.task_id);

  const burstKey = `key-${randomUUID()}`;
  const burst = await Promise.all(
    Array.from({ length: CONCURRENT_CREATES }, () => post(alice, burstKey, '{"title":"burst"}')),
  );
  for (const res of burst) expectStatus(res, 201, 409);
  const ids = new Set(burst.filter((r) => r.status === 201).map((r) => (r.body as Task).task_id));
  const bursts = { ...(burst[0] as Exchange), label: `${burst[0]?.label} (×${CONCURRENT_CREATES} at once)` };
  expectThat(bursts, `one task id among the 201s of the burst, got ${ids.size}`, ids.size === 1);
  const replay = await post(alice, burstKey, '{"title":"burst"}');
  expectStatus(replay, 201);
  expectEqual(replay, 'the burst replay', (replay.body as Task).task_id, [...ids][0]);

  const { tasks, last } = await listAll(api, alice);
  expectEqual(last, "alice's tasks: one per key", tasks.map((t) => t.title).sort(), ['burst', 'once']);
}
