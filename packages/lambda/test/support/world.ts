// One test file's world: dynalite with the template's tables, the Lambda environment
// pointing at it, and the handlers loaded from source.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Task } from '@serverless-todo/contract';
import { expect } from 'vitest';
import type { DynamoDB } from '../../src/aws/dynamodb.ts';
import { type LocalDynamo, startDynamo } from './dynalite.ts';
import { type Handlers, loadHandlers } from './handlers.ts';
import { invoke } from './invoke.ts';
import { useLambdaEnv } from './lambda-env.ts';

/** What a test file works with. */
export interface World {
  readonly dynamo: LocalDynamo;
  readonly handlers: Handlers;
  /** The handlers' own module-scope client (for fault injection below its retries). */
  readonly lambdaClient: DynamoDB;
  /** The idempotency layer's AWS SDK client. */
  readonly idempotencyClient: DynamoDBClient;
  /** Creates a task through the handler and returns it. */
  create(userId: string, body?: Record<string, unknown>): Promise<Task>;
  /** The user's stored items, read straight from the table. */
  stored(userId: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/**
 * Starts dynalite, sets the environment and imports the handlers.
 *
 * @example
 * ```ts
 * let world: World;
 * beforeAll(async () => { world = await startWorld(); });
 * afterAll(() => world.close());
 * ```
 */
export async function startWorld(env: Record<string, string> = {}): Promise<World> {
  const dynamo = await startDynamo();
  useLambdaEnv(dynamo, env);
  const handlers = await loadHandlers();
  // Imported only now: the module reads the environment when it is first evaluated.
  const { dynamodb } = await import('../../src/aws/dynamodb.ts');
  const { idempotencyClient } = await import('../../src/idempotency/sdk-client.ts');
  return {
    dynamo,
    handlers,
    lambdaClient: dynamodb,
    idempotencyClient,
    async create(userId, body = { title: 'A task' }) {
      const answer = await invoke(handlers.createTask, 'createTask', { pathParameters: { user_id: userId }, body });
      expect(answer.status).toBe(201);
      return answer.body as Task;
    },
    async stored(userId) {
      const items: Record<string, unknown>[] = [];
      let startKey: Record<string, unknown> | undefined;
      for (let page = 0; page < 1000; page++) {
        const result = await dynamo.client.send(
          new QueryCommand({
            TableName: dynamo.tables.TasksTable,
            KeyConditionExpression: 'user_id = :u',
            ExpressionAttributeValues: { ':u': userId },
            ExclusiveStartKey: startKey,
          }),
        );
        items.push(...(result.Items ?? []));
        startKey = result.LastEvaluatedKey;
        if (startKey === undefined) break;
      }
      return items;
    },
    close: () => dynamo.close(),
  };
}
