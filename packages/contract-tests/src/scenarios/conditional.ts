// If-Match: the ETag "<version>" (strong or weak) or * makes PATCH and DELETE conditional;
// a stale version is 412 and changes nothing; of concurrent PATCHes with one ETag exactly
// one wins.
import type { Task } from '@serverless-todo/contract';
import { ApiClient, type Exchange } from '../http/api-client.ts';
import { expectEqual, expectStatus } from '../http/expect.ts';
import { createTask } from '../http/tasks.ts';
import type { Target } from '../target.ts';
import { twoEmptyUsers } from '../users.ts';

/** How many PATCHes race with the same If-Match. */
export const RACERS = 5;

/**
 * The If-Match sequence on one task, ending with a race and a conditional delete.
 *
 * @example
 * ```ts
 * await ifMatchConflicts(localTarget());
 * ```
 */
export async function ifMatchConflicts(target: Target): Promise<void> {
  const api = new ApiClient(target);
  const [user] = await twoEmptyUsers(api);
  const { task } = await createTask(api, user, { title: 'guarded' });
  const path = { user_id: user, task_id: task.task_id };
  const patch = (ifMatch: string, json: object = { status: 'in_progress' }) =>
    api.send({ operationId: 'updateTask', path, json, headers: { 'if-match': ifMatch } });
  const del = (ifMatch: string) => api.send({ operationId: 'deleteTask', path, headers: { 'if-match': ifMatch } });
  const etagAfter = async (ifMatch: string, etag: string) => {
    const res = await patch(ifMatch);
    expectStatus(res, 200);
    expectEqual(res, 'ETag', res.headers.get('etag'), etag);
  };

  await etagAfter('"1"', '"2"');
  expectStatus(await patch('"1"', { title: 'lost update' }), 412);
  expectStatus(await del('"1"'), 412);
  const still = await api.send({ operationId: 'getTask', path });
  expectEqual(
    still,
    'title and version after two 412s',
    [(still.body as Task).title, (still.body as Task).version],
    ['guarded', 2],
  );
  await etagAfter('W/"2"', '"3"');
  await etagAfter('*', '"4"');
  expectStatus(await del('"999"'), 412);

  const race = await Promise.all(Array.from({ length: RACERS }, (_, i) => patch('"4"', { title: `racer ${i}` })));
  const statuses = race.map((r) => r.status).sort();
  const racers = { ...(race[0] as Exchange), label: `${race[0]?.label} (×${RACERS} at once)` };
  expectEqual(racers, `statuses of ${RACERS} PATCHes with If-Match "4"`, statuses, [
    200,
    ...Array(RACERS - 1).fill(412),
  ]);
  const winner = race.find((r) => r.status === 200);
  const final = await api.send({ operationId: 'getTask', path });
  expectEqual(final, 'the task after the race', final.body, winner?.body);
  expectEqual(final, 'version after the race', (final.body as Task).version, 5);

  expectStatus(await del('"5"'), 204);
  expectStatus(await patch('*'), 404);
  expectStatus(await del('"5"'), 404);
}
