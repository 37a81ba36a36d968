// Two users × every operation: each reaches only their own partition. No principal → 401,
// another user's path → 403, and neither makes a DynamoDB call; another user's task id
// under one's own path is simply not found.
import type { OperationId } from '@serverless-todo/contract';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { EventOptions } from '../support/events.ts';
import { injectFault } from '../support/faults.ts';
import { invoke } from '../support/invoke.ts';
import { startWorld, type World } from '../support/world.ts';

let world: World;
const users = ['alice-auth', 'bob-auth'] as const;
const taskOf: Record<string, string> = {};
let calls = 0;
let removeCounter: () => void = () => {};

beforeAll(async () => {
  world = await startWorld();
  for (const user of users) taskOf[user] = (await world.create(user, { title: `${user}'s` })).task_id;
  removeCounter = injectFault(world.lambdaClient, (_attempt, send) => {
    calls++;
    return send();
  });
});
afterAll(async () => {
  removeCounter();
  await world.close();
});
afterEach(() => {
  calls = 0;
});

/** A request for `operationId` on `owner`'s path, for task `taskId` where the path has one. */
function request(operationId: OperationId, owner: string, taskId: string): EventOptions {
  const pathParameters: Record<string, string> =
    operationId === 'createTask' || operationId === 'listTasks'
      ? { user_id: owner }
      : { user_id: owner, task_id: taskId };
  const body =
    operationId === 'createTask' ? { title: 'mine' } : operationId === 'updateTask' ? { title: 'changed' } : undefined;
  return { pathParameters, ...(body && { body }) };
}

const authed: OperationId[] = ['createTask', 'listTasks', 'getTask', 'updateTask', 'deleteTask'];
const success: Record<string, number> = {
  createTask: 201,
  listTasks: 200,
  getTask: 200,
  updateTask: 200,
  deleteTask: 204,
};

describe.each(users.map((user, i) => [user, users[1 - i] as string]))('%s (other user: %s)', (me, other) => {
  test.each(authed)('%s without a principal: 401, no DynamoDB call', async (operationId) => {
    const answer = await invoke(world.handlers[operationId], operationId, {
      ...request(operationId, me, taskOf[me] as string),
      principal: null,
    });
    expect(answer.status).toBe(401);
    expect(calls).toBe(0);
  });

  test.each(authed)("%s on the other user's path: 403, no DynamoDB call", async (operationId) => {
    const answer = await invoke(world.handlers[operationId], operationId, {
      ...request(operationId, other, taskOf[other] as string),
      principal: me,
    });
    expect(answer.status).toBe(403);
    expect(calls).toBe(0);
  });

  test.each(authed.filter((op) => op !== 'createTask' && op !== 'listTasks'))(
    "%s with the other user's task id under one's own path: 404",
    async (operationId) => {
      const answer = await invoke(
        world.handlers[operationId],
        operationId,
        request(operationId, me, taskOf[other] as string),
      );
      expect(answer.status).toBe(404);
    },
  );

  test('listing shows only their own tasks', async () => {
    const answer = await invoke(world.handlers.listTasks, 'listTasks', { pathParameters: { user_id: me } });
    expect(answer.body.tasks.length).toBeGreaterThan(0);
    for (const task of answer.body.tasks) expect(task.user_id).toBe(me);
  });

  test.each(authed)('%s on their own path succeeds', async (operationId) => {
    const answer = await invoke(
      world.handlers[operationId],
      operationId,
      request(operationId, me, taskOf[me] as string),
    );
    expect(answer.status).toBe(success[operationId]);
  });
});

test("the other user's task survived every foreign request", async () => {
  // Each user deleted only their own task in the last step; nothing else was touched.
  for (const user of users) {
    const titles = (await world.stored(user)).map((item) => item.title);
    expect(titles).toEqual(['mine']);
  }
});

test('getHello is public', async () => {
  const answer = await invoke(world.handlers.getHello, 'getHello', { principal: null });
  expect(answer.status).toBe(200);
  expect(answer.body.request_id).toBe(answer.headers['X-Request-Id']);
});
