// Writes tasks straight into the table (BatchWriteItem), bypassing the handlers: fast for
// big partitions, and the way to lay out data the API itself would take long to create.
import { randomUUID } from 'node:crypto';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Task, TaskStatus } from '@serverless-todo/contract';
import type { LocalDynamo } from './dynalite.ts';

/**
 * Stores `count` tasks for `userId`, each shaped by `shape(i)`, and returns them.
 *
 * @example
 * ```ts
 * const tasks = await seedTasks(dynamo, 'u1', 300, (i) => ({ status: i % 3 ? 'pending' : 'done' }));
 * ```
 */
export async function seedTasks(
  dynamo: LocalDynamo,
  userId: string,
  count: number,
  shape: (index: number) => Partial<Task> = () => ({}),
): Promise<Task[]> {
  const now = new Date().toISOString();
  const tasks: Task[] = Array.from({ length: count }, (_, i) => ({
    user_id: userId,
    task_id: randomUUID(),
    title: `Task ${i}`,
    description: '',
    status: 'pending' as TaskStatus,
    due_date: null,
    created_at: now,
    updated_at: now,
    version: 1,
    ...shape(i),
  }));
  for (let start = 0; start < tasks.length; start += 25) {
    let requests: Record<string, unknown>[] | undefined = tasks
      .slice(start, start + 25)
      .map((task) => ({ PutRequest: { Item: task } }));
    for (let round = 0; requests && requests.length > 0; round++) {
      if (round > 20) throw new Error('dynalite kept items unprocessed');
      const result = await dynamo.client.send(
        new BatchWriteCommand({ RequestItems: { [dynamo.tables.TasksTable as string]: requests as never } }),
      );
      requests = result.UnprocessedItems?.[dynamo.tables.TasksTable as string] as Record<string, unknown>[] | undefined;
    }
  }
  return tasks;
}
