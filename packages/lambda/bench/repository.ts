// Repository overhead: ops/s of the repository functions against bare DocumentClient
// `send` calls doing the same DynamoDB work on the same dynalite, in interleaved rounds,
// reported as the median of per-round ratios (repository / bare; 1.0 = no overhead).
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { getTask } from '../src/tasks/get-task.ts';
import { listTasks } from '../src/tasks/list-tasks.ts';
import { updateTask } from '../src/tasks/update-task.ts';
import { startDynamo } from '../test/support/dynalite.ts';
import { seedTasks } from '../test/support/seed.ts';

const ROUNDS = 12;
const OPS_PER_ROUND = Number(process.argv[2] ?? 150);

const dynamo = await startDynamo();
const TableName = dynamo.tables.TasksTable as string;
const table = { client: dynamo.client, tableName: TableName };
const user = 'bench-user';
const tasks = await seedTasks(dynamo, user, 40);
const task = tasks[0] as (typeof tasks)[number];
const Key = { user_id: user, task_id: task.task_id };

const pairs: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
  [
    'get',
    () => dynamo.client.send(new GetCommand({ TableName, Key, ConsistentRead: true })),
    () => getTask(table, user, task.task_id),
  ],
  [
    'list 20',
    () =>
      dynamo.client.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: '#u = :u',
          ExpressionAttributeNames: { '#u': 'user_id' },
          ExpressionAttributeValues: { ':u': user },
          Limit: 21,
        }),
      ),
    () => listTasks(table, user, { limit: 20 }),
  ],
  [
    'update',
    () =>
      dynamo.client.send(
        new UpdateCommand({
          TableName,
          Key,
          UpdateExpression: 'SET #s = :s, #t = :t, #v = #v + :one',
          ConditionExpression: 'attribute_exists(#id)',
          ExpressionAttributeNames: { '#s': 'status', '#t': 'updated_at', '#v': 'version', '#id': 'task_id' },
          ExpressionAttributeValues: { ':s': 'done', ':t': new Date().toISOString(), ':one': 1 },
          ReturnValues: 'ALL_NEW',
        }),
      ),
    () => updateTask(table, user, task.task_id, { status: 'done' }, undefined),
  ],
];

async function opsPerSecond(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < OPS_PER_ROUND; i++) await run();
  return OPS_PER_ROUND / ((performance.now() - started) / 1000);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

console.log(`${ROUNDS} interleaved rounds × ${OPS_PER_ROUND} sequential ops, dynalite on loopback\n`);
for (const [name, bare, repository] of pairs) {
  for (let i = 0; i < 20; i++) await Promise.all([bare(), repository()]); // warm up
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const repoFirst = round % 2 === 1;
    const a = await opsPerSecond(repoFirst ? repository : bare);
    const b = await opsPerSecond(repoFirst ? bare : repository);
    ratios.push(repoFirst ? a / b : b / a);
  }
  console.log(`${name.padEnd(8)} repository / bare send: ${median(ratios).toFixed(2)}×`);
}
await dynamo.close();
