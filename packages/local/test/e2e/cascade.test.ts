// The delete cascade on the real bundles: a task with 3 ready attachments is deleted, and
// once the stream has delivered, no object of it is left in s3rver's store on disk and no
// record in the attachments table.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';
import type { Task } from '@serverless-todo/contract';
import { assertConforms } from '@serverless-todo/contract/responses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../src/index.ts';
import { addAttachment } from '../support/attachments.ts';
import { tempDir } from '../support/fixture-api.ts';
import { bearer, send } from '../support/http.ts';
import { startRealApi } from '../support/real-api.ts';

const USER = 'cascade-user';
let api: LocalApi & { lines: string[] };
let data: ReturnType<typeof tempDir>;
let headers: Record<string, string>;

beforeAll(async () => {
  data = tempDir('cascade-');
  // On disk, so the objects can be looked for in s3rver's own files.
  api = await startRealApi({ memory: false, dataDir: data.dir });
  headers = bearer(await api.token(USER), { 'content-type': 'application/json' });
});
afterAll(async () => {
  await api.stop();
  data.remove();
});

/** Every file under a directory, recursively (s3rver keeps one per object plus metadata). */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

const ready = (taskId: string, n: number) => addAttachment(api.url, headers, USER, taskId, n, { upload: true });

describe('deleting a task', () => {
  it('removes its attachments: no object in the store, no record', async () => {
    const created = await send(`${api.url}/users/${USER}/tasks`, {
      method: 'POST',
      headers,
      body: '{"title":"with files"}',
    });
    assertConforms('createTask', created, 'create task');
    const task = created.body as Task;
    const ids = [await ready(task.task_id, 1), await ready(task.task_id, 2), await ready(task.task_id, 3)];
    const s3Dir = join(data.dir, 's3');
    const objectsOf = () => filesUnder(s3Dir).filter((file) => ids.some((id) => file.includes(id)));
    expect(objectsOf().length).toBeGreaterThanOrEqual(3);

    const deleted = await send(`${api.url}/users/${USER}/tasks/${task.task_id}`, { method: 'DELETE', headers });
    assertConforms('deleteTask', deleted, 'delete task');
    expect(deleted.status).toBe(204);
    await api.drained();

    expect(objectsOf()).toEqual([]);
    const db = new DynamoDBClient({
      endpoint: api.dynamoEndpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const { Items } = await db.send(
      new QueryCommand({
        TableName: 'AttachmentsTable',
        KeyConditionExpression: 'task_key = :k',
        ExpressionAttributeValues: { ':k': { S: `${USER}#${task.task_id}` } },
      }),
    );
    db.destroy();
    expect(Items).toEqual([]);
    expect(api.lines.filter((line) => line.includes('gave up'))).toEqual([]);
  });
});
