// Every operation × every status openapi.yaml documents for it, each produced by a real
// request and checked against the contract by `invoke`.
import { type OperationId, operations } from '@serverless-todo/contract';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AwsError } from '../../src/aws/aws-error.ts';
import { type AttachmentWorld, startAttachmentWorld } from '../support/attachment-world.ts';
import { apiEvent, lambdaContext } from '../support/events.ts';
import { injectFault, pause, throttledAnswer, withFailingDynamo } from '../support/faults.ts';
import { type Answer, conforming, invoke } from '../support/invoke.ts';

let world: AttachmentWorld;
beforeAll(async () => {
  world = await startAttachmentWorld();
});
afterAll(() => world.close());

const user_id = 'coverage-user';
const missing = '00000000-0000-4000-8000-000000000000';
const big = 'x'.repeat(65_537);

/** Statuses only API Gateway produces (its THROTTLED response); template.test.ts checks them. */
const GATEWAY_ONLY = new Set([429]);

/** Runs `run` while every DynamoDB attempt fails with `failure`. */
const withMockedDynamo = <T>(failure: Parameters<typeof withFailingDynamo>[1], run: () => Promise<T>) =>
  withFailingDynamo(world.lambdaClient, failure, run);
const unexpected = () => new Error('boom');

/** getHello touches no database: its 500 and 503 come from the shared pipeline, given failing work. */
async function helloFailing(error: Error): Promise<Answer> {
  const { defineHandler } = await import('../../src/http/define-handler.ts');
  const { getHello } = await import('@serverless-todo/contract/requests/getHello');
  const handler = defineHandler(getHello, { CORS_ALLOW_ORIGINS: '*' }, async () => {
    throw error;
  });
  return conforming('getHello', await handler(apiEvent('getHello'), lambdaContext()));
}

/** Holds the first create inside its task write so a second one with the same key finds it in flight. */
async function createInFlight(): Promise<Answer> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let entered = false;
  const remove = injectFault(world.lambdaClient, async (attempt, send) => {
    if (attempt.operation === 'PutItem' && attempt.tableName === world.dynamo.tables.TasksTable) {
      entered = true;
      await gate;
    }
    return send();
  });
  const request = { pathParameters: { user_id }, body: { title: 'slow' }, headers: { 'Idempotency-Key': 'in-flight' } };
  try {
    const first = invoke(world.handlers.createTask, 'createTask', request);
    for (let i = 0; i < 200 && !entered; i++) await pause(10);
    const second = await invoke(world.handlers.createTask, 'createTask', request);
    release();
    expect((await first).status).toBe(201);
    return second;
  } finally {
    release();
    remove();
  }
}

type Case = () => Promise<Answer>;
const h = () => world.handlers;
const task = () => world.create(user_id);
const at = (id: string) => ({ user_id, task_id: id });
const file = { filename: 'a.txt', content_type: 'text/plain', size: 1 };
const on = (taskId: string, attachmentId = missing) => ({ user_id, task_id: taskId, attachment_id: attachmentId });
/** A task with one (pending) attachment. */
const attached = async () => {
  const { task_id } = await task();
  return on(task_id, (await world.attach(user_id, task_id, file)).attachment.attachment_id);
};
/** A task with the most attachments it may have. */
const full = async () => {
  const { task_id } = await task();
  for (let i = 0; i < 20; i++) await world.attach(user_id, task_id, file);
  return task_id;
};

const cases: Record<OperationId, Record<number, Case>> = {
  getHello: {
    200: () => invoke(h().getHello, 'getHello'),
    500: () => helloFailing(unexpected()),
    503: () => helloFailing(new AwsError('ThrottlingException', 'Rate exceeded', 400)),
  },
  createTask: {
    201: () => invoke(h().createTask, 'createTask', { pathParameters: { user_id }, body: { title: 'New' } }),
    400: () => invoke(h().createTask, 'createTask', { pathParameters: { user_id }, body: { title: '' } }),
    401: () =>
      invoke(h().createTask, 'createTask', { pathParameters: { user_id }, body: { title: 'x' }, principal: null }),
    403: () =>
      invoke(h().createTask, 'createTask', { pathParameters: { user_id }, body: { title: 'x' }, principal: 'eve' }),
    409: createInFlight,
    413: () =>
      invoke(h().createTask, 'createTask', { pathParameters: { user_id }, body: { title: 'x', description: big } }),
    415: () =>
      invoke(h().createTask, 'createTask', {
        pathParameters: { user_id },
        body: 'title=x',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
    422: async () => {
      const headers = { 'Idempotency-Key': 'reused' };
      await invoke(h().createTask, 'createTask', { pathParameters: { user_id }, body: { title: 'one' }, headers });
      return invoke(h().createTask, 'createTask', { pathParameters: { user_id }, body: { title: 'two' }, headers });
    },
    500: () =>
      withMockedDynamo(unexpected(), () =>
        invoke(h().createTask, 'createTask', { pathParameters: { user_id }, body: { title: 'x' } }),
      ),
    503: () =>
      withMockedDynamo(throttledAnswer(), () =>
        invoke(h().createTask, 'createTask', { pathParameters: { user_id }, body: { title: 'x' } }),
      ),
  },
  listTasks: {
    200: () => invoke(h().listTasks, 'listTasks', { pathParameters: { user_id } }),
    400: () => invoke(h().listTasks, 'listTasks', { pathParameters: { user_id }, query: { limit: '0' } }),
    401: () => invoke(h().listTasks, 'listTasks', { pathParameters: { user_id }, principal: null }),
    403: () => invoke(h().listTasks, 'listTasks', { pathParameters: { user_id }, principal: 'eve' }),
    500: () =>
      withMockedDynamo(unexpected(), () => invoke(h().listTasks, 'listTasks', { pathParameters: { user_id } })),
    503: () =>
      withMockedDynamo(throttledAnswer(), () => invoke(h().listTasks, 'listTasks', { pathParameters: { user_id } })),
  },
  getTask: {
    200: async () => invoke(h().getTask, 'getTask', { pathParameters: at((await task()).task_id) }),
    400: () => invoke(h().getTask, 'getTask', { pathParameters: at('not-a-uuid') }),
    401: () => invoke(h().getTask, 'getTask', { pathParameters: at(missing), principal: null }),
    403: () => invoke(h().getTask, 'getTask', { pathParameters: at(missing), principal: 'eve' }),
    404: () => invoke(h().getTask, 'getTask', { pathParameters: at(missing) }),
    500: () => withMockedDynamo(unexpected(), () => invoke(h().getTask, 'getTask', { pathParameters: at(missing) })),
    503: () =>
      withMockedDynamo(throttledAnswer(), () => invoke(h().getTask, 'getTask', { pathParameters: at(missing) })),
  },
  updateTask: {
    200: async () =>
      invoke(h().updateTask, 'updateTask', { pathParameters: at((await task()).task_id), body: { status: 'done' } }),
    400: () => invoke(h().updateTask, 'updateTask', { pathParameters: at(missing), body: {} }),
    401: () =>
      invoke(h().updateTask, 'updateTask', { pathParameters: at(missing), body: { title: 'x' }, principal: null }),
    403: () =>
      invoke(h().updateTask, 'updateTask', { pathParameters: at(missing), body: { title: 'x' }, principal: 'eve' }),
    404: () => invoke(h().updateTask, 'updateTask', { pathParameters: at(missing), body: { title: 'x' } }),
    412: async () =>
      invoke(h().updateTask, 'updateTask', {
        pathParameters: at((await task()).task_id),
        body: { title: 'x' },
        headers: { 'If-Match': '"7"' },
      }),
    413: () => invoke(h().updateTask, 'updateTask', { pathParameters: at(missing), body: { description: big } }),
    415: () =>
      invoke(h().updateTask, 'updateTask', {
        pathParameters: at(missing),
        body: '{"title":"x"}',
        headers: { 'Content-Type': 'text/plain' },
      }),
    500: () =>
      withMockedDynamo(unexpected(), () =>
        invoke(h().updateTask, 'updateTask', { pathParameters: at(missing), body: { title: 'x' } }),
      ),
    503: () =>
      withMockedDynamo(throttledAnswer(), () =>
        invoke(h().updateTask, 'updateTask', { pathParameters: at(missing), body: { title: 'x' } }),
      ),
  },
  deleteTask: {
    204: async () => invoke(h().deleteTask, 'deleteTask', { pathParameters: at((await task()).task_id) }),
    400: () => invoke(h().deleteTask, 'deleteTask', { pathParameters: at(missing), headers: { 'If-Match': 'nope' } }),
    401: () => invoke(h().deleteTask, 'deleteTask', { pathParameters: at(missing), principal: null }),
    403: () => invoke(h().deleteTask, 'deleteTask', { pathParameters: at(missing), principal: 'eve' }),
    404: () => invoke(h().deleteTask, 'deleteTask', { pathParameters: at(missing) }),
    412: async () =>
      invoke(h().deleteTask, 'deleteTask', {
        pathParameters: at((await task()).task_id),
        headers: { 'If-Match': 'W/"2"' },
      }),
    500: () =>
      withMockedDynamo(unexpected(), () => invoke(h().deleteTask, 'deleteTask', { pathParameters: at(missing) })),
    503: () =>
      withMockedDynamo(throttledAnswer(), () => invoke(h().deleteTask, 'deleteTask', { pathParameters: at(missing) })),
  },
  createAttachment: {
    201: async () =>
      invoke(h().createAttachment, 'createAttachment', { pathParameters: at((await task()).task_id), body: file }),
    400: () =>
      invoke(h().createAttachment, 'createAttachment', { pathParameters: at(missing), body: { ...file, size: 0 } }),
    401: () =>
      invoke(h().createAttachment, 'createAttachment', { pathParameters: at(missing), body: file, principal: null }),
    403: () =>
      invoke(h().createAttachment, 'createAttachment', { pathParameters: at(missing), body: file, principal: 'eve' }),
    404: () => invoke(h().createAttachment, 'createAttachment', { pathParameters: at(missing), body: file }),
    409: async () => invoke(h().createAttachment, 'createAttachment', { pathParameters: at(await full()), body: file }),
    413: () =>
      invoke(h().createAttachment, 'createAttachment', {
        pathParameters: at(missing),
        body: { ...file, filename: 'x'.repeat(5000) },
      }),
    415: () =>
      invoke(h().createAttachment, 'createAttachment', {
        pathParameters: at(missing),
        body: 'filename=a.txt',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
    500: () =>
      withMockedDynamo(unexpected(), () =>
        invoke(h().createAttachment, 'createAttachment', { pathParameters: at(missing), body: file }),
      ),
    503: () =>
      withMockedDynamo(throttledAnswer(), () =>
        invoke(h().createAttachment, 'createAttachment', { pathParameters: at(missing), body: file }),
      ),
  },
  listAttachments: {
    200: async () => invoke(h().listAttachments, 'listAttachments', { pathParameters: at((await task()).task_id) }),
    400: () => invoke(h().listAttachments, 'listAttachments', { pathParameters: at('not-a-uuid') }),
    401: () => invoke(h().listAttachments, 'listAttachments', { pathParameters: at(missing), principal: null }),
    403: () => invoke(h().listAttachments, 'listAttachments', { pathParameters: at(missing), principal: 'eve' }),
    404: () => invoke(h().listAttachments, 'listAttachments', { pathParameters: at(missing) }),
    500: () =>
      withMockedDynamo(unexpected(), () =>
        invoke(h().listAttachments, 'listAttachments', { pathParameters: at(missing) }),
      ),
    503: () =>
      withMockedDynamo(throttledAnswer(), () =>
        invoke(h().listAttachments, 'listAttachments', { pathParameters: at(missing) }),
      ),
  },
  getAttachment: {
    200: async () => invoke(h().getAttachment, 'getAttachment', { pathParameters: await attached() }),
    400: () => invoke(h().getAttachment, 'getAttachment', { pathParameters: on(missing, 'not-a-uuid') }),
    401: () => invoke(h().getAttachment, 'getAttachment', { pathParameters: on(missing), principal: null }),
    403: () => invoke(h().getAttachment, 'getAttachment', { pathParameters: on(missing), principal: 'eve' }),
    404: async () => invoke(h().getAttachment, 'getAttachment', { pathParameters: on((await task()).task_id) }),
    500: () =>
      withMockedDynamo(unexpected(), () => invoke(h().getAttachment, 'getAttachment', { pathParameters: on(missing) })),
    503: () =>
      withMockedDynamo(throttledAnswer(), () =>
        invoke(h().getAttachment, 'getAttachment', { pathParameters: on(missing) }),
      ),
  },
  deleteAttachment: {
    204: async () => invoke(h().deleteAttachment, 'deleteAttachment', { pathParameters: await attached() }),
    400: () => invoke(h().deleteAttachment, 'deleteAttachment', { pathParameters: on('not-a-uuid') }),
    401: () => invoke(h().deleteAttachment, 'deleteAttachment', { pathParameters: on(missing), principal: null }),
    403: () => invoke(h().deleteAttachment, 'deleteAttachment', { pathParameters: on(missing), principal: 'eve' }),
    404: () => invoke(h().deleteAttachment, 'deleteAttachment', { pathParameters: on(missing) }),
    500: () =>
      withMockedDynamo(unexpected(), () =>
        invoke(h().deleteAttachment, 'deleteAttachment', { pathParameters: on(missing) }),
      ),
    503: () =>
      withMockedDynamo(throttledAnswer(), () =>
        invoke(h().deleteAttachment, 'deleteAttachment', { pathParameters: on(missing) }),
      ),
  },
  getSummary: {
    200: () => invoke(h().getSummary, 'getSummary', { pathParameters: { user_id } }),
    400: () => invoke(h().getSummary, 'getSummary', { pathParameters: { user_id: 'not an id' } }),
    401: () => invoke(h().getSummary, 'getSummary', { pathParameters: { user_id }, principal: null }),
    403: () => invoke(h().getSummary, 'getSummary', { pathParameters: { user_id }, principal: 'eve' }),
    500: () =>
      withMockedDynamo(unexpected(), () => invoke(h().getSummary, 'getSummary', { pathParameters: { user_id } })),
    503: () =>
      withMockedDynamo(throttledAnswer(), () => invoke(h().getSummary, 'getSummary', { pathParameters: { user_id } })),
  },
};

test.each(Object.values(operations).map((op) => [op.operationId]))(
  '%s: the cases cover every documented status but the gateway-only ones',
  (operationId) => {
    const documented = Object.keys(operations[operationId as OperationId].responses)
      .map(Number)
      .filter((status) => !GATEWAY_ONLY.has(status));
    expect(
      Object.keys(cases[operationId as OperationId])
        .map(Number)
        .sort(),
    ).toEqual(documented.sort());
  },
);

describe.each(Object.entries(cases))('%s', (_operationId, byStatus) => {
  test.each(Object.entries(byStatus).map(([status, run]) => [Number(status), run] as const))(
    'answers %i',
    async (status, run) => {
      const answer = await run();
      expect(answer.status).toBe(status);
    },
  );
});
