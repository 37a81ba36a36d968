// The data layer's overhead: the lambda package's repository (create/get/list, over its lean
// DynamoDB client) against bare AWS SDK DocumentClient `send` calls of the equivalent
// commands, on the same in-process dynalite, interleaved.
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createDynamoDB, dynamoConfig } from '@serverless-todo/lambda/aws';
import { createTask, getTask, listTasks, type TaskTable } from '@serverless-todo/lambda/repository';
import { type DynamoWorld, dynamoWorld } from '../dynamo-world.ts';
import { closedLoop } from '../load.ts';
import { interleave } from '../measure.ts';
import { type Row, ratioRow } from '../report.ts';
import { seedTasks, taskItem } from '../seed.ts';

const WRITER = 'bench-data-writer';
const READER = 'bench-data-reader';

/** Bare SDK calls equivalent to what the repository sends for each operation. */
function bareCalls(world: DynamoWorld) {
  const { client, tableName: TableName } = world;
  return {
    create: () =>
      client.send(
        new PutCommand({
          TableName,
          Item: taskItem(WRITER, 0),
          ConditionExpression: 'attribute_not_exists(#task_id)',
          ExpressionAttributeNames: { '#task_id': 'task_id' },
        }),
      ),
    get: (taskId: string) =>
      client.send(new GetCommand({ TableName, Key: { user_id: READER, task_id: taskId }, ConsistentRead: true })),
    // The repository reads one item more than the page (20) to learn whether more exist.
    list: () =>
      client.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: '#user_id = :user_id',
          ExpressionAttributeNames: { '#user_id': 'user_id' },
          ExpressionAttributeValues: { ':user_id': READER },
          Limit: 21,
        }),
      ),
  };
}

/**
 * Runs the data-layer suite.
 *
 * @example
 * ```ts
 * const rows = await dataLayerSuite({ quick: true });
 * ```
 */
export async function dataLayerSuite({ quick }: { quick: boolean }): Promise<Row[]> {
  const world = await dynamoWorld();
  const tasks = await seedTasks(world.client, world.tableName, READER, 50);
  const taskId = (tasks[17] ?? tasks[0])!.task_id;
  const lean = createDynamoDB({ config: dynamoConfig({ DYNAMODB_ENDPOINT: world.endpoint }) });
  const table: TaskTable = { client: lean, tableName: world.tableName };
  const newTask = {
    title: 'Bench',
    description: 'Created by the benchmark',
    status: 'pending',
    due_date: null,
  } as const;
  const ours = {
    create: (userId: string) => createTask(table, userId, { ...newTask }),
    get: (userId: string, id: string) => getTask(table, userId, id),
    list: (userId: string) => listTasks(table, userId, { limit: 20 }),
  };
  const bare = bareCalls(world);
  const sliceMs = quick ? 80 : 200;
  const rounds = { rounds: quick ? 6 : 20, maxMs: quick ? 8_000 : 40_000 };
  const rate = (call: () => Promise<unknown>) => async () => (await closedLoop(call, { concurrency: 1, sliceMs })).rate;
  const compare = (oursCall: () => Promise<unknown>, bareCall: () => Promise<unknown>) =>
    interleave({ bare: rate(bareCall), ours: rate(oursCall) }, 'bare', rounds);
  // Warm every path (connections, JIT) before timing: cold code would dominate the first rounds.
  const warm = { concurrency: 1, sliceMs: quick ? 300 : 1_000, maxCalls: 2_000 };
  for (const call of [() => ours.create(WRITER), bare.create, () => ours.get(READER, taskId), () => bare.get(taskId)])
    await closedLoop(call, warm);
  for (const call of [() => ours.list(READER), bare.list]) await closedLoop(call, warm);
  const create = await compare(
    () => ours.create(WRITER),
    () => bare.create(),
  );
  const get = await compare(
    () => ours.get(READER, taskId),
    () => bare.get(taskId),
  );
  const list = await compare(
    () => ours.list(READER),
    () => bare.list(),
  );
  const budget = { op: '>=', limit: 0.9 } as const;
  return [
    ratioRow('data layer', 'repository create vs DocumentClient PutCommand (ops/s)', create.ratios.ours!, { budget }),
    ratioRow('data layer', 'repository get vs DocumentClient GetCommand (ops/s)', get.ratios.ours!, { budget }),
    ratioRow('data layer', 'repository list (first page) vs DocumentClient QueryCommand (ops/s)', list.ratios.ours!, {
      budget,
    }),
  ];
}
