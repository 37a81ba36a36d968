// Fills a user's partition with tasks through BatchWriteItem (25 items a call, a few calls
// in flight), the fast path for the thousands of items the list-scaling suite needs.
import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Task } from '@serverless-todo/contract';
import { SeedError } from './errors.ts';

const BATCH = 25;
const IN_FLIGHT = 4;
const MAX_RETRIES = 5;

/** A stored task as the repository writes it. */
export function taskItem(userId: string, index: number): Task {
  const at = new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString();
  return {
    user_id: userId,
    task_id: randomUUID(),
    title: `Task ${index}`,
    description: 'Seeded by the benchmark',
    status: index % 3 === 0 ? 'done' : 'pending',
    due_date: null,
    created_at: at,
    updated_at: at,
    version: 1,
  };
}

/**
 * Writes `count` tasks for `userId`; returns them.
 *
 * @example
 * ```ts
 * const tasks = await seedTasks(client, 'TasksTable', 'user-100', 100);
 * ```
 */
export async function seedTasks(
  client: DynamoDBDocumentClient,
  tableName: string,
  userId: string,
  count: number,
): Promise<Task[]> {
  const tasks = Array.from({ length: count }, (_, i) => taskItem(userId, i));
  const batches: Task[][] = [];
  for (let i = 0; i < tasks.length; i += BATCH) batches.push(tasks.slice(i, i + BATCH));
  let next = 0;
  const writer = async () => {
    while (next < batches.length) {
      let requests = (batches[next++] as Task[]).map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt > MAX_RETRIES) throw new SeedError(userId, requests.length);
        const { UnprocessedItems } = await client.send(
          new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
        );
        requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, writer));
  return tasks;
}
