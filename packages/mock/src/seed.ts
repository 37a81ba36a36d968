// Seeding checks each task with the contract's own validators: the create fields as a POST
// body would be checked (defaults filled in), and the finished task against the Task schema
// of a GET response. So a seed can only hold tasks the real API could have returned.
import { type Task, validateRequest } from '@serverless-todo/contract';
import { responseValidators } from '@serverless-todo/contract/responses';
import { InvalidSeedError } from './errors.ts';
import type { Seed, SeedTask } from './options.ts';
import type { TaskStore } from './store.ts';

const TASK_SCHEMA = 'getTask 200 application/json';

function seededTask(userId: string, entry: SeedTask, where: string, now: string): Task {
  if (entry === null || typeof entry !== 'object') throw new InvalidSeedError(`${where} must be an object`);
  const { user_id, task_id, created_at, updated_at, version, ...fields } = entry;
  if (user_id !== undefined && user_id !== userId) {
    throw new InvalidSeedError(`${where}.user_id is ${JSON.stringify(user_id)} but it is listed under ${userId}`);
  }
  const create = validateRequest('createTask', {
    pathParameters: { user_id: userId },
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fields),
  });
  if (!create.ok) {
    const errors = (create.problem.errors ?? []).map((e) => `${e.pointer || '/'} ${e.detail}`).join('; ');
    throw new InvalidSeedError(`${where} is not a valid task: ${errors || create.problem.detail}`);
  }
  const task = {
    user_id: userId,
    task_id: task_id ?? crypto.randomUUID(),
    ...create.value.body,
    created_at: created_at ?? now,
    updated_at: updated_at ?? created_at ?? now,
    version: version ?? 1,
  } as Task;
  const check = responseValidators[TASK_SCHEMA];
  if (check && !check(task)) {
    const errors = (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`).join('; ');
    throw new InvalidSeedError(`${where} is not a valid task: ${errors}`);
  }
  return task;
}

/** Puts the seed's tasks into `store`; throws InvalidSeedError on the first bad one. */
export function seedStore(store: TaskStore, seed: Seed | undefined): void {
  if (seed === undefined) return;
  if (seed === null || typeof seed !== 'object') throw new InvalidSeedError('seed must map user ids to task lists');
  const now = new Date().toISOString();
  for (const [userId, tasks] of Object.entries(seed)) {
    if (!Array.isArray(tasks)) throw new InvalidSeedError(`seed[${JSON.stringify(userId)}] must be an array`);
    tasks.forEach((entry: SeedTask, i: number) => {
      const where = `seed[${JSON.stringify(userId)}][${i}]`;
      const task = seededTask(userId, entry, where, now);
      if (!store.put(task)) throw new InvalidSeedError(`${where}.task_id ${task.task_id} is listed twice`);
    });
  }
}
