// The 401/403 matrix: two users × every protected operation. No or a malformed token is 401;
// another user's path is 403; another user's task id under one's own path is 404. Nothing
// the other user owns is read or changed. (GET /hello is public: see hello.ts.)
import type { OperationId, Task } from '@serverless-todo/contract';
import { ApiClient, type ApiRequest } from '../http/api-client.ts';
import { expectEqual, expectStatus } from '../http/expect.ts';
import { createTask, listAll } from '../http/tasks.ts';
import type { Target } from '../target.ts';
import { twoEmptyUsers } from '../users.ts';

type Protected = Exclude<OperationId, 'getHello'>;

/** An attachment id nobody has: the matrix is about whose path and task, not which attachment. */
const SOME_ATTACHMENT = '9b2e4c1d-3a5f-4e6b-8c7d-1e2f3a4b5c6d';

/** A well-formed request of each protected operation for `user` (and `taskId` where needed). */
const REQUESTS: { readonly [Op in Protected]: (user: string, taskId: string) => ApiRequest } = {
  createTask: (user) => ({ operationId: 'createTask', path: { user_id: user }, json: { title: 'intruder' } }),
  listTasks: (user) => ({ operationId: 'listTasks', path: { user_id: user } }),
  getTask: (user, taskId) => ({ operationId: 'getTask', path: { user_id: user, task_id: taskId } }),
  updateTask: (user, taskId) => ({
    operationId: 'updateTask',
    path: { user_id: user, task_id: taskId },
    json: { status: 'done' },
  }),
  deleteTask: (user, taskId) => ({ operationId: 'deleteTask', path: { user_id: user, task_id: taskId } }),
  createAttachment: (user, taskId) => ({
    operationId: 'createAttachment',
    path: { user_id: user, task_id: taskId },
    json: { filename: 'intruder.txt', content_type: 'text/plain', size: 1 },
  }),
  listAttachments: (user, taskId) => ({ operationId: 'listAttachments', path: { user_id: user, task_id: taskId } }),
  getAttachment: (user, taskId) => ({
    operationId: 'getAttachment',
    path: { user_id: user, task_id: taskId, attachment_id: SOME_ATTACHMENT },
  }),
  deleteAttachment: (user, taskId) => ({
    operationId: 'deleteAttachment',
    path: { user_id: user, task_id: taskId, attachment_id: SOME_ATTACHMENT },
  }),
  getSummary: (user) => ({ operationId: 'getSummary', path: { user_id: user } }),
};

/** Bearer values that are not a valid token for anyone. */
const MALFORMED_TOKENS = ['garbage', 'a.b.c', ''] as const;

/**
 * Every protected operation, for both users' paths, without a token and with malformed
 * ones → 401; then both users' tasks are exactly as created.
 *
 * @example
 * ```ts
 * await missingOrBadToken(localTarget());
 * ```
 */
export async function missingOrBadToken(target: Target): Promise<void> {
  const api = new ApiClient(target);
  const users = await twoEmptyUsers(api);
  const owned = await ownTasks(api, users);
  for (const user of users) {
    for (const build of Object.values(REQUESTS)) {
      const request = build(user, (owned.get(user) as Task).task_id);
      expectStatus(await api.send({ ...request, as: null }), 401);
      for (const token of MALFORMED_TOKENS) expectStatus(await api.send({ ...request, token }), 401);
    }
  }
  await expectUntouched(api, users, owned);
}

/**
 * Users A and B in both directions: another user's path → 403 for every operation, another
 * user's task id under one's own path → 404; then both users' tasks are exactly as created.
 *
 * @example
 * ```ts
 * await ownershipMatrix(localTarget());
 * ```
 */
export async function ownershipMatrix(target: Target): Promise<void> {
  const api = new ApiClient(target);
  const users = await twoEmptyUsers(api);
  const owned = await ownTasks(api, users);
  for (const [self, other] of [users, [users[1], users[0]]] as const) {
    const theirs = owned.get(other) as Task;
    for (const [operationId, build] of Object.entries(REQUESTS) as [Protected, (typeof REQUESTS)[Protected]][]) {
      expectStatus(await api.send({ ...build(other, theirs.task_id), as: self }), 403);
      if (operationId !== 'createTask' && operationId !== 'listTasks' && operationId !== 'getSummary') {
        expectStatus(await api.send(build(self, theirs.task_id)), 404);
      }
    }
  }
  await expectUntouched(api, users, owned);
}

async function ownTasks(api: ApiClient, users: readonly string[]): Promise<Map<string, Task>> {
  const owned = new Map<string, Task>();
  for (const user of users) owned.set(user, (await createTask(api, user, { title: `${user}'s task` })).task);
  return owned;
}

async function expectUntouched(api: ApiClient, users: readonly string[], owned: Map<string, Task>): Promise<void> {
  for (const user of users) {
    const { tasks, last } = await listAll(api, user);
    expectEqual(last, `${user}'s tasks (only their own, unchanged)`, tasks, [owned.get(user)]);
  }
}
