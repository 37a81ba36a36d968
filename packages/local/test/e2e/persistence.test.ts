// Data on disk survives a restart; --memory starts empty and leaves the disk alone.
import type { Task, TaskList } from '@serverless-todo/contract';
import { assertConforms } from '@serverless-todo/contract/responses';
import { afterAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../src/index.ts';
import { tempDir } from '../support/fixture-api.ts';
import { bearer, send } from '../support/http.ts';
import { startRealApi } from '../support/real-api.ts';

const data = tempDir();
afterAll(data.remove);

const listIds = async (api: LocalApi) => {
  const res = await send(`${api.url}/users/user123/tasks`, { headers: bearer(await api.token('user123')) });
  assertConforms('listTasks', res, 'GET /users/user123/tasks');
  return (res.body as TaskList).tasks.map((t) => t.task_id);
};

describe('persistence', () => {
  it('keeps tasks across a stop and a start on the same data directory', async () => {
    const first = await startRealApi({ memory: false, dataDir: data.dir });
    const res = await send(`${first.url}/users/user123/tasks`, {
      method: 'POST',
      headers: bearer(await first.token('user123'), { 'content-type': 'application/json' }),
      body: JSON.stringify({ title: 'Learn AWS Lambda', description: 'Complete the serverless tutorial' }),
    });
    assertConforms('createTask', res, 'POST /users/user123/tasks');
    const id = (res.body as Task).task_id;
    await first.stop();

    const second = await startRealApi({ memory: false, dataDir: data.dir });
    try {
      expect(await listIds(second)).toEqual([id]);
    } finally {
      await second.stop();
    }
  });

  it('starts empty with memory: true, and the disk store is still there afterwards', async () => {
    const memory = await startRealApi({ memory: true, dataDir: data.dir });
    try {
      expect(await listIds(memory)).toEqual([]);
    } finally {
      await memory.stop();
    }
    const disk = await startRealApi({ memory: false, dataDir: data.dir });
    try {
      expect(await listIds(disk)).toHaveLength(1);
    } finally {
      await disk.stop();
    }
  });

  it('refuses a second API on the same data directory while the first runs', async () => {
    const first = await startRealApi({ memory: false, dataDir: data.dir });
    try {
      await expect(startRealApi({ memory: false, dataDir: data.dir })).rejects.toThrow(/in use by another process/);
    } finally {
      await first.stop();
    }
  });
});
