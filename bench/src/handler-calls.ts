// The API's operations as direct handler calls (no gateway, no HTTP): a realistic event in,
// the status checked, so only successful requests are ever timed.
import { randomUUID } from 'node:crypto';
import { apiEvent, lambdaContext } from './api-event.ts';
import type { DynamoWorld } from './dynamo-world.ts';
import { UnexpectedResponseError } from './errors.ts';

const TASKS = '/users/{user_id}/tasks';
const TASK = '/users/{user_id}/tasks/{task_id}';

/** The three calls the data-layer and list suites time. */
export interface HandlerCalls {
  create(userId: string): Promise<void>;
  get(userId: string, taskId: string): Promise<void>;
  /** The first page, at the API's default limit (20). */
  list(userId: string): Promise<void>;
}

/**
 * Handler calls against the world's loaded bundles.
 *
 * @example
 * ```ts
 * const calls = handlerCalls(await dynamoWorld());
 * await calls.get('u1', taskId);
 * ```
 */
export function handlerCalls(world: DynamoWorld): HandlerCalls {
  const createTask = world.handler('createTask');
  const getTask = world.handler('getTask');
  const listTasks = world.handler('listTasks');
  const expect = (what: string, want: number, got: number) => {
    if (got !== want) throw new UnexpectedResponseError(what, want, got);
  };
  return {
    async create(userId) {
      const body = { title: `Bench ${randomUUID()}`, description: 'Created by the benchmark' };
      const event = apiEvent({
        method: 'POST',
        resource: TASKS,
        pathParameters: { user_id: userId },
        body,
        principal: userId,
      });
      expect('createTask', 201, (await createTask(event, lambdaContext())).statusCode);
    },
    async get(userId, taskId) {
      const pathParameters = { user_id: userId, task_id: taskId };
      const event = apiEvent({ method: 'GET', resource: TASK, pathParameters, principal: userId });
      expect('getTask', 200, (await getTask(event, lambdaContext())).statusCode);
    },
    async list(userId) {
      const event = apiEvent({
        method: 'GET',
        resource: TASKS,
        pathParameters: { user_id: userId },
        principal: userId,
      });
      expect('listTasks', 200, (await listTasks(event, lambdaContext())).statusCode);
    },
  };
}
