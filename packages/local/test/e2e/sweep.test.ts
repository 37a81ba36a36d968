// The hourly maintenance sweep on the real bundles, run with POST /_local/schedules and
// AbandonedUploadMinutes=0: pending uploads and records of missing tasks go, a ready
// attachment stays, a second run removes nothing, and 5,000 stale records go in pages.
import {
  BatchWriteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { ListBucketsCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { AttachmentList, Task } from '@serverless-todo/contract';
import { assertConforms } from '@serverless-todo/contract/responses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../src/index.ts';
import { addAttachment } from '../support/attachments.ts';
import { bearer, send } from '../support/http.ts';
import { startRealApi } from '../support/real-api.ts';

const USER = 'sweep-user';
const SWEEP = 'MaintenanceSweepFunction';
let api: LocalApi & { lines: string[] };
let db: DynamoDBClient;
let headers: Record<string, string>;

beforeAll(async () => {
  api = await startRealApi({ parameterOverrides: { AbandonedUploadMinutes: '0' }, schedules: false });
  db = new DynamoDBClient({
    endpoint: api.dynamoEndpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  headers = bearer(await api.token(USER), { 'content-type': 'application/json' });
});
afterAll(async () => {
  db.destroy();
  await api.stop();
});

interface Report {
  scanned: number;
  abandoned: number;
  orphaned: number;
  pages: number;
  strays: number;
  complete: boolean;
}

async function sweep(): Promise<Report> {
  const res = await send(`${api.url}/_local/schedules/${SWEEP}`, { method: 'POST' });
  expect(res.status, res.text).toBe(200);
  return (res.body as { result: Report }).result;
}

/** Attachment records of a task that no longer exists, written straight into the table. */
async function seedOrphans(count: number, taskId: string): Promise<void> {
  const requests: WriteRequest[] = Array.from({ length: count }, (_, i) => {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    return {
      PutRequest: {
        Item: {
          task_key: { S: `ghost#${taskId}` },
          attachment_id: { S: id },
          user_id: { S: 'ghost' },
          task_id: { S: taskId },
          status: { S: 'ready' },
          object_key: { S: `ghost/${taskId}/${id}` },
          created_at: { S: new Date().toISOString() },
        },
      },
    };
  });
  for (let at = 0; at < requests.length; at += 25) {
    await db.send(new BatchWriteItemCommand({ RequestItems: { AttachmentsTable: requests.slice(at, at + 25) } }));
  }
}

const recordsOf = async (taskKey: string) =>
  (
    await db.send(
      new QueryCommand({
        TableName: 'AttachmentsTable',
        KeyConditionExpression: 'task_key = :k',
        ExpressionAttributeValues: { ':k': { S: taskKey } },
        Select: 'COUNT',
      }),
    )
  ).Count;

describe('the maintenance sweep', () => {
  it('removes abandoned uploads and records of missing tasks, keeps ready ones, and is idempotent', async () => {
    const created = await send(`${api.url}/users/${USER}/tasks`, {
      method: 'POST',
      headers,
      body: '{"title":"files"}',
    });
    assertConforms('createTask', created, 'create task');
    const task = created.body as Task;
    const add = (n: number, upload: boolean) => addAttachment(api.url, headers, USER, task.task_id, n, { upload });
    const kept = await add(1, true);
    for (const n of [2, 3, 4]) await add(n, false);
    await seedOrphans(1, '11111111-1111-4111-8111-111111111111');
    await api.drained();

    expect(await sweep()).toMatchObject({ abandoned: 3, orphaned: 1, complete: true });
    const list = await send(`${api.url}/users/${USER}/tasks/${task.task_id}/attachments`, { headers });
    assertConforms('listAttachments', list, 'list attachments');
    expect((list.body as AttachmentList).attachments.map((a) => [a.attachment_id, a.status])).toEqual([
      [kept, 'ready'],
    ]);
    expect(await recordsOf('ghost#11111111-1111-4111-8111-111111111111')).toBe(0);
    // The slots of the removed uploads are back: the task holds only the one left.
    const { Item } = await db.send(
      new GetItemCommand({ TableName: 'TasksTable', Key: { user_id: { S: USER }, task_id: { S: task.task_id } } }),
    );
    expect(Item?.attachment_ids?.SS).toEqual([kept]);

    expect(await sweep()).toMatchObject({ abandoned: 0, orphaned: 0, complete: true });
  });

  it('removes 5,000 stale records in pages, each run inside its budget', async () => {
    const taskId = '22222222-2222-4222-8222-222222222222';
    await seedOrphans(5000, taskId);
    let removed = 0;
    let pages = 0;
    let runs = 0;
    for (let done = false; !done && runs < 10; runs++) {
      const report = await sweep();
      removed += report.orphaned;
      pages += report.pages;
      done = report.complete;
    }
    expect(removed).toBe(5000);
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(await recordsOf(`ghost#${taskId}`)).toBe(0);
    expect(await sweep()).toMatchObject({ orphaned: 0, abandoned: 0, complete: true });
  });

  it('removes objects that no record names, and keeps the objects of recorded attachments', async () => {
    const s3 = new S3Client({
      endpoint: api.s3Endpoint ?? '',
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    try {
      const created = await send(`${api.url}/users/${USER}/tasks`, {
        method: 'POST',
        headers,
        body: '{"title":"strays"}',
      });
      assertConforms('createTask', created, 'create task');
      const task = created.body as Task;
      const kept = await addAttachment(api.url, headers, USER, task.task_id, 1, { upload: true });
      await api.drained();
      const { Buckets } = await s3.send(new ListBucketsCommand({}));
      const Bucket = Buckets?.[0]?.Name ?? '';
      // A record-less object under an attachment-shaped key (a delete whose object removal
      // failed), and one under any other key.
      const stray = `${USER}/${task.task_id}/99999999-9999-4999-8999-999999999999`;
      await s3.send(new PutObjectCommand({ Bucket, Key: stray, Body: 'left behind' }));
      await s3.send(new PutObjectCommand({ Bucket, Key: 'not-an-attachment.txt', Body: 'x' }));
      await api.drained();

      expect(await sweep()).toMatchObject({ strays: 2, complete: true });
      const { Contents = [] } = await s3.send(new ListObjectsV2Command({ Bucket }));
      const keys = Contents.map((object) => object.Key);
      expect(keys).toContain(`${USER}/${task.task_id}/${kept}`);
      expect(keys).not.toContain(stray);
      expect(keys).not.toContain('not-an-attachment.txt');
      expect(await sweep()).toMatchObject({ strays: 0, complete: true });
    } finally {
      s3.destroy();
    }
  });
});
