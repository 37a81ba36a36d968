// Faults dynalite cannot produce: throttling and lost responses. They are injected below the
// clients' retries (test/support/faults.ts), so the real retries run, and what surfaces
// after the retries gave up is what the handlers answer.
import type { OperationId } from '@serverless-todo/contract';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { STANDARD_RETRY } from '../../src/aws/retry.ts';
import {
  errorAnswer,
  injectFault,
  injectSdkFault,
  lostResponseError,
  throttledAnswer,
  throttlingError,
  withFailingDynamo,
} from '../support/faults.ts';
import { invoke } from '../support/invoke.ts';
import { startWorld, type World } from '../support/world.ts';

let world: World;
let removeFault: (() => void) | undefined;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());
afterEach(() => {
  removeFault?.();
  removeFault = undefined;
});

describe('with the retries running for real', () => {
  test('throttling twice then success: 201 and one item', async () => {
    const seen: number[] = [];
    removeFault = injectFault(world.lambdaClient, async (attempt, send) => {
      if (attempt.operation !== 'PutItem') return send();
      seen.push(attempt.attempt);
      if (attempt.attempt <= 2) return throttledAnswer();
      return send();
    });
    const answer = await invoke(world.handlers.createTask, 'createTask', {
      pathParameters: { user_id: 'retry-user' },
      body: { title: 'Survives throttling' },
    });
    expect(answer.status).toBe(201);
    expect(seen).toEqual([1, 2, 3]);
    expect(await world.stored('retry-user')).toHaveLength(1);
  });

  test('throttling that persists: 503 with Retry-After and nothing written', async () => {
    let attempts = 0;
    removeFault = injectFault(world.lambdaClient, async (attempt, send) => {
      if (attempt.operation !== 'PutItem') return send();
      attempts++;
      return throttledAnswer();
    });
    const answer = await invoke(world.handlers.createTask, 'createTask', {
      pathParameters: { user_id: 'throttled-user' },
      body: { title: 'Never stored' },
    });
    expect(answer.status).toBe(503);
    expect(Number(answer.headers['Retry-After'])).toBeGreaterThan(0);
    // Every attempt the retry policy allows, then the handler's 503.
    expect(attempts).toBe(STANDARD_RETRY.maxAttempts);
    expect(attempts).toBeGreaterThan(1);
    expect(await world.stored('throttled-user')).toEqual([]);
  });

  test('a lost response whose retried conditional put fails: 201 and one item, not 409', async () => {
    const seen: number[] = [];
    removeFault = injectFault(world.lambdaClient, async (attempt, send) => {
      if (attempt.operation !== 'PutItem') return send();
      seen.push(attempt.attempt);
      const result = await send(); // the write happens…
      if (attempt.attempt === 1) throw lostResponseError(); // …but its answer never arrives
      return result;
    });
    const answer = await invoke(world.handlers.createTask, 'createTask', {
      pathParameters: { user_id: 'lost-user' },
      body: { title: 'Written once' },
    });
    expect(seen).toEqual([1, 2]);
    expect(answer.status).toBe(201);
    const stored = await world.stored('lost-user');
    expect(stored).toHaveLength(1);
    expect(stored[0]?.task_id).toBe(answer.body.task_id);
  });

  test('a throttled idempotent create leaves the key free for the retry', async () => {
    const request = {
      pathParameters: { user_id: 'idem-throttled' },
      body: { title: 'Retry me' },
      headers: { 'Idempotency-Key': 'throttled-key' },
    };
    removeFault = injectFault(world.lambdaClient, async (attempt, send) => {
      if (attempt.operation === 'PutItem' && attempt.tableName === world.dynamo.tables.TasksTable) {
        return throttledAnswer();
      }
      return send();
    });
    expect((await invoke(world.handlers.createTask, 'createTask', request)).status).toBe(503);
    removeFault();
    removeFault = undefined;
    expect((await invoke(world.handlers.createTask, 'createTask', request)).status).toBe(201);
    expect(await world.stored('idem-throttled')).toHaveLength(1);
  });
  test('a create whose idempotency record cannot be completed still answers 201 for the stored task', async () => {
    removeFault = injectSdkFault(world.idempotencyClient, async (attempt, send) => {
      if (attempt.operation === 'UpdateItem' && attempt.tableName === world.dynamo.tables.IdempotencyTable) {
        throw throttlingError();
      }
      return send();
    });
    const answer = await invoke(world.handlers.createTask, 'createTask', {
      pathParameters: { user_id: 'idem-unrecorded' },
      body: { title: 'Stored anyway' },
      headers: { 'Idempotency-Key': 'unrecorded-key' },
    });
    expect(answer.status).toBe(201);
    expect((await world.stored('idem-unrecorded')).map((item) => item.task_id)).toEqual([answer.body.task_id]);
  });
});

describe('errors that outlived the retries', () => {
  const user_id = 'mocked-user';
  const task_id = '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70';
  const requests: [OperationId, Parameters<typeof invoke>[2]][] = [
    ['createTask', { pathParameters: { user_id }, body: { title: 'x' } }],
    ['listTasks', { pathParameters: { user_id } }],
    ['getTask', { pathParameters: { user_id, task_id } }],
    ['updateTask', { pathParameters: { user_id, task_id }, body: { status: 'done' } }],
    ['deleteTask', { pathParameters: { user_id, task_id } }],
  ];

  test.each(requests)('%s: throttling → 503 with Retry-After', async (operationId, request) => {
    let attempts = 0;
    const answer = await withFailingDynamo(
      world.lambdaClient,
      throttledAnswer(),
      () => invoke(world.handlers[operationId], operationId, request),
      () => attempts++,
    );
    expect(answer.status).toBe(503);
    expect(answer.headers['Retry-After']).toBe('1');
    expect(attempts).toBe(STANDARD_RETRY.maxAttempts);
  });

  test.each(requests)('%s: an unexpected error → 500 that leaks nothing', async (operationId, request) => {
    const secretish = errorAnswer(
      'AccessDeniedException',
      `User: arn:aws:sts::123456789012:assumed-role/TodoRole is not authorized on ${world.dynamo.tables.TasksTable}`,
    );
    const answer = await withFailingDynamo(world.lambdaClient, secretish, () =>
      invoke(world.handlers[operationId], operationId, request),
    );
    expect(answer.status).toBe(500);
    const text = JSON.stringify(answer.body);
    for (const leak of ['arn:', 'AccessDenied', 'TasksTable', 'TodoRole', ' at ', 'Error']) {
      expect(text).not.toContain(leak);
    }
    expect(answer.body.request_id).toBe(answer.headers['X-Request-Id']);
  });
});
