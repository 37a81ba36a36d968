// Pagination never loses or repeats a task, whatever the partition size, page size, filter,
// and whether DynamoDB cut its pages at 1 MB.
import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Task, TaskStatus } from '@serverless-todo/contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { invoke } from '../support/invoke.ts';
import { seedTasks } from '../support/seed.ts';
import { startWorld, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const STATUSES: TaskStatus[] = ['pending', 'in_progress', 'done'];
/** Fixed so CI is reproducible; override to explore. */
const SEED = Number(process.env.FC_SEED ?? 20_261_126);

/** Follows next_cursor to the end and returns every task seen, in order, and the page count. */
async function listAll(userId: string, limit: number, status?: TaskStatus): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let pages = 1; pages <= 1000; pages++) {
    const query: Record<string, string> = { limit: String(limit) };
    if (status) query.status = status;
    if (cursor) query.cursor = cursor;
    const answer = await invoke(world.handlers.listTasks, 'listTasks', { pathParameters: { user_id: userId }, query });
    expect(answer.status).toBe(200);
    expect(answer.body.tasks.length).toBeLessThanOrEqual(limit);
    for (const task of answer.body.tasks as Task[]) {
      if (status) expect(task.status).toBe(status);
      ids.push(task.task_id);
    }
    if (answer.body.next_cursor === null) return { ids, pages };
    cursor = answer.body.next_cursor;
  }
  throw new Error('pagination did not end within 1000 pages');
}

const expectedIds = (tasks: Task[], status?: TaskStatus) =>
  tasks
    .filter((task) => status === undefined || task.status === status)
    .map((task) => task.task_id)
    .sort();

let users = 0;

test('0–300 tasks × limit 1–100 (× optional status filter): every task exactly once, in task_id order', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: 300 }),
      fc.integer({ min: 1, max: 100 }),
      fc.option(fc.constantFrom(...STATUSES), { nil: undefined }),
      fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      async (count, limit, status, mix) => {
        const userId = `pager-${++users}`;
        const tasks = await seedTasks(world.dynamo, userId, count, (i) => ({
          status: STATUSES[(i * 7 + mix) % 3] as TaskStatus,
        }));
        const { ids } = await listAll(userId, limit, status);
        expect(ids).toEqual(expectedIds(tasks, status));
      },
    ),
    { numRuns: 40, seed: SEED },
  );
});

describe('a partition over 1 MB', () => {
  // The longest title and description the contract allows, in four-byte characters: ~8.8 KB
  // per item in DynamoDB, ~4.4 KB in dynalite (which counts UTF-16 units), so 300 of them
  // overflow a 1 MB Query page on both.
  const description = '😀'.repeat(2000);
  const title = '📝'.repeat(200);
  const userId = 'big-partition';
  const COUNT = 300;
  let tasks: Task[];

  beforeAll(async () => {
    // The last 3 in task_id order are 'done', so a 'done' filter matches nothing in the first page.
    const ids = Array.from({ length: COUNT }, () => randomUUID()).sort();
    tasks = await seedTasks(world.dynamo, userId, COUNT, (i) => ({
      task_id: ids[i] as string,
      title,
      description,
      status: i >= COUNT - 3 ? 'done' : 'pending',
    }));
  });

  test('is really cut into 1 MB Query pages by the server', async () => {
    const page = await world.dynamo.client.send(
      new QueryCommand({
        TableName: world.dynamo.tables.TasksTable,
        KeyConditionExpression: 'user_id = :u',
        ExpressionAttributeValues: { ':u': userId },
      }),
    );
    expect(page.LastEvaluatedKey).toBeDefined();
    expect(page.Items?.length).toBeLessThan(COUNT);
  });

  test.each([[100], [37], [1]])('limit %i without a filter returns every task once', async (limit) => {
    expect((await listAll(userId, limit)).ids).toEqual(expectedIds(tasks));
  });

  test('a sparse filter reads past the 1 MB page boundary instead of stopping empty', async () => {
    const { ids, pages } = await listAll(userId, 5, 'done');
    expect(ids).toEqual(expectedIds(tasks, 'done'));
    expect(pages).toBe(1);
  });

  test('with the read bound hit, an empty page carries a cursor that resumes without loss', async () => {
    const { listTasks } = await import('../../src/tasks/list-tasks.ts');
    const table = { client: world.lambdaClient, tableName: world.dynamo.tables.TasksTable as string };
    const first = await listTasks(table, userId, { limit: 5, status: 'done' }, { maxQueryCalls: 1 });
    expect(first.tasks).toEqual([]);
    expect(first.after).not.toBeNull();
    const collected: string[] = [];
    let after: string | null = first.after;
    for (let i = 0; i < 20 && after !== null; i++) {
      const page = await listTasks(table, userId, { limit: 5, status: 'done', after }, { maxQueryCalls: 1 });
      collected.push(...page.tasks.map((task) => task.task_id));
      after = page.after;
    }
    expect(after).toBeNull();
    expect(collected).toEqual(expectedIds(tasks, 'done'));
  });
});
