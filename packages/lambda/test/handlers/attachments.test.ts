// Attachments end to end inside the lambda package: the four http functions and the S3
// function over dynalite and s3rver, driven the way a browser and S3 drive them (create,
// form POST, object events delivered to the function), including redelivery and bad files.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Task } from '@serverless-todo/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AttachmentWorld, startAttachmentWorld } from '../support/attachment-world.ts';
import { injectFault } from '../support/faults.ts';
import { invoke } from '../support/invoke.ts';

let world: AttachmentWorld;
beforeAll(async () => {
  world = await startAttachmentWorld();
});
afterAll(() => world?.close());

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
]);
const HTML = new TextEncoder().encode('<!DOCTYPE html><script>alert(document.cookie)</script>');
const png = (size = 100) => ({ filename: 'pixel.png', content_type: 'image/png', size });

let users = 0;
async function freshTask(): Promise<{ user: string; task: Task }> {
  const user = `attach-${++users}`;
  return { user, task: await world.create(user) };
}

const record = async (user: string, taskId: string, attachmentId: string) =>
  (
    await world.dynamo.client.send(
      new GetCommand({
        TableName: world.dynamo.tables.AttachmentsTable,
        Key: { task_key: `${user}#${taskId}`, attachment_id: attachmentId },
      }),
    )
  ).Item;

const objectExists = async (key: string) =>
  (await fetch(`${world.objects.endpoint}/${world.objects.bucket}/${key}`, { method: 'HEAD' })).status === 200;

describe('an upload', () => {
  it('goes pending → ready, and its bytes come back from the download URL as an attachment', async () => {
    const { user, task } = await freshTask();
    const { attachment, upload } = await world.attach(user, task.task_id, png());
    expect(attachment).toMatchObject({ status: 'pending', reason: null, task_id: task.task_id, size: 100 });
    expect(upload.fields.key).toBe(`${user}/${task.task_id}/${attachment.attachment_id}`);
    const stored = await record(user, task.task_id, attachment.attachment_id);
    expect(stored).toMatchObject({ user_id: user, object_key: upload.fields.key, status: 'pending' });
    expect(Date.parse(stored?.expires_at) - Date.parse(attachment.created_at)).toBe(900_000);

    expect(await world.post(upload, PNG)).toBeLessThan(300);
    await world.deliver();
    const { status, body } = await world.view(user, task.task_id, attachment.attachment_id);
    expect(status).toBe(200);
    expect(body.attachment).toMatchObject({ status: 'ready', reason: null });
    expect(Date.parse(body.download.expires_at) - Date.now()).toBeLessThanOrEqual(300_000);
    const download = await fetch(body.download.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="pixel.png"; filename*=UTF-8''pixel.png`,
    );
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PNG);
  });

  it('larger than declared is rejected with the reason, and the object deleted', async () => {
    const { user, task } = await freshTask();
    const { attachment, upload } = await world.attach(user, task.task_id, png(10));
    // s3rver accepts the form despite content-length-range (S3 would refuse it): the function decides.
    expect(await world.post(upload, PNG)).toBeLessThan(300);
    await world.deliver();
    const { body } = await world.view(user, task.task_id, attachment.attachment_id);
    expect(body).toMatchObject({
      attachment: { status: 'rejected', reason: 'The file is 24 bytes, more than the 10 bytes declared.' },
      download: null,
    });
    expect(await objectExists(upload.fields.key as string)).toBe(false);
  });

  it('HTML declared as image/png is rejected, and the object deleted', async () => {
    const { user, task } = await freshTask();
    const { attachment, upload } = await world.attach(user, task.task_id, png());
    expect(await world.post(upload, HTML)).toBeLessThan(300);
    await world.deliver();
    const { body } = await world.view(user, task.task_id, attachment.attachment_id);
    expect(body.attachment).toMatchObject({ status: 'rejected', reason: "The file's content is not image/png." });
    expect(await objectExists(upload.fields.key as string)).toBe(false);
  });

  it('a rejected attachment never becomes ready, even when a valid file is posted afterwards', async () => {
    const { user, task } = await freshTask();
    const { attachment, upload } = await world.attach(user, task.task_id, png());
    await world.post(upload, HTML);
    await world.deliver();
    await world.post(upload, PNG);
    await world.deliver();
    const { body } = await world.view(user, task.task_id, attachment.attachment_id);
    expect(body.attachment.status).toBe('rejected');
    expect(await objectExists(upload.fields.key as string)).toBe(false);
  });

  it('a ready attachment whose object is replaced by a bad one is rejected (checked again, deleted)', async () => {
    const { user, task } = await freshTask();
    const { attachment, upload } = await world.attach(user, task.task_id, png());
    await world.post(upload, PNG);
    await world.deliver();
    await world.post(upload, HTML);
    await world.deliver();
    const { body } = await world.view(user, task.task_id, attachment.attachment_id);
    expect(body).toMatchObject({ attachment: { status: 'rejected' }, download: null });
    expect(await objectExists(upload.fields.key as string)).toBe(false);
  });

  it('redelivery changes nothing: the same events twice, in reverse order, leave the record as the first time', async () => {
    const { user, task } = await freshTask();
    const { attachment, upload } = await world.attach(user, task.task_id, png());
    await world.post(upload, PNG);
    const events = world.objects.takeEvents();
    for (const event of events) expect(await world.verify({ Records: [event] })).toEqual({ batchItemFailures: [] });
    const first = await record(user, task.task_id, attachment.attachment_id);
    expect(first?.status).toBe('ready');
    await world.verify({ Records: [...events, ...events].reverse() });
    expect(await record(user, task.task_id, attachment.attachment_id)).toEqual(first);
  });

  it('out of order: a Removed event that arrives first still finds the object and verifies it', async () => {
    const { user, task } = await freshTask();
    const { attachment, upload } = await world.attach(user, task.task_id, png());
    await world.post(upload, PNG);
    const [created] = world.objects.takeEvents();
    const removedFirst = { ...created, eventName: 'ObjectRemoved:Delete' };
    expect(await world.verify({ Records: [removedFirst] })).toEqual({ batchItemFailures: [] });
    expect((await record(user, task.task_id, attachment.attachment_id))?.status).toBe('ready');
  });

  it('a ready attachment whose object was removed from storage is rejected, so no download points at nothing', async () => {
    const { user, task } = await freshTask();
    const { attachment, upload } = await world.attach(user, task.task_id, png());
    await world.post(upload, PNG);
    await world.deliver();
    const url = `${world.objects.endpoint}/${world.objects.bucket}/${upload.fields.key}`;
    expect((await fetch(url, { method: 'DELETE' })).status).toBeLessThan(300);
    await world.deliver();
    const { body } = await world.view(user, task.task_id, attachment.attachment_id);
    expect(body).toMatchObject({
      attachment: { status: 'rejected', reason: 'The file was removed from storage.' },
      download: null,
    });
  });

  it('ignores keys that match no record and objects that are gone', async () => {
    const outcome = await world.verify({
      Records: [
        {
          eventName: 'ObjectCreated:Put',
          s3: { bucket: { name: world.objects.bucket }, object: { key: 'elsewhere/x.txt', sequencer: '01' } },
        },
        {
          eventName: 'ObjectRemoved:Delete',
          s3: {
            bucket: { name: world.objects.bucket },
            object: {
              key: 'nobody/3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70/9b2e4c1d-3a5f-4e6b-8c7d-1e2f3a4b5c6d',
              sequencer: '02',
            },
          },
        },
      ],
    });
    expect(outcome).toEqual({ batchItemFailures: [] });
  });

  it("a record that fails past the retries fails the invocation, and Lambda's retry converges", async () => {
    const { user, task } = await freshTask();
    const good = await world.attach(user, task.task_id, png());
    const bad = await world.attach(user, task.task_id, png());
    await world.post(good.upload, PNG);
    await world.post(bad.upload, PNG);
    const events = world.objects.takeEvents();
    // Fail the bad one's reads (past the retries); then the good one still verifies.
    let failNext = 0;
    const removeFailing = injectFault(world.lambdaClient, async (attempt, send) => {
      if (attempt.operation === 'GetItem' && failNext > 0) {
        failNext--;
        throw new Error('socket hang up');
      }
      return send();
    });
    try {
      const badEvents = events.filter((e) =>
        decodeURIComponent(e.s3.object.key).endsWith(bad.attachment.attachment_id),
      );
      const goodEvents = events.filter((e) =>
        decodeURIComponent(e.s3.object.key).endsWith(good.attachment.attachment_id),
      );
      failNext = 100;
      await expect(world.verify({ Records: badEvents })).rejects.toThrow(/1 record\(s\) failed/);
      failNext = 0;
      await world.verify({ Records: goodEvents });
    } finally {
      removeFailing();
    }
    expect((await record(user, task.task_id, good.attachment.attachment_id))?.status).toBe('ready');
    expect((await record(user, task.task_id, bad.attachment.attachment_id))?.status).toBe('pending');
    // The retry succeeds.
    await world.verify({ Records: events });
    expect((await record(user, task.task_id, bad.attachment.attachment_id))?.status).toBe('ready');
  });
});

describe('the 20-per-task limit', () => {
  it('the 21st create is a 409; a delete gives the slot back', async () => {
    const { user, task } = await freshTask();
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await world.attach(user, task.task_id)).attachment.attachment_id);
    const path = { user_id: user, task_id: task.task_id };
    const over = await invoke(world.handlers.createAttachment, 'createAttachment', {
      pathParameters: path,
      body: { filename: 'a.txt', content_type: 'text/plain', size: 1 },
    });
    expect(over.status).toBe(409);
    expect(over.body.type).toBe('https://serverless-todo.dev/problems/attachment-limit');
    const removed = await invoke(world.handlers.deleteAttachment, 'deleteAttachment', {
      pathParameters: { ...path, attachment_id: ids[0] as string },
    });
    expect(removed.status).toBe(204);
    await world.attach(user, task.task_id);
  });

  it('25 concurrent creates: exactly 20 succeed, 5 get 409', async () => {
    const { user, task } = await freshTask();
    const answers = await Promise.all(
      Array.from({ length: 25 }, () =>
        invoke(world.handlers.createAttachment, 'createAttachment', {
          pathParameters: { user_id: user, task_id: task.task_id },
          body: { filename: 'a.txt', content_type: 'text/plain', size: 1 },
        }),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(20);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(5);
    const listed = await invoke(world.handlers.listAttachments, 'listAttachments', {
      pathParameters: { user_id: user, task_id: task.task_id },
    });
    expect(listed.body.attachments).toHaveLength(20);
  });

  it('the slots never reach a Task and never bump its version', async () => {
    const { user, task } = await freshTask();
    await world.attach(user, task.task_id);
    const got = await invoke(world.handlers.getTask, 'getTask', {
      pathParameters: { user_id: user, task_id: task.task_id },
    });
    expect(got.body).toEqual(task);
    const listed = await invoke(world.handlers.listTasks, 'listTasks', { pathParameters: { user_id: user } });
    expect(listed.body).toEqual({ tasks: [task], next_cursor: null });
  });
});

describe('reads, deletes and a deleted task', () => {
  it('list is oldest first; delete removes the record and the object', async () => {
    const { user, task } = await freshTask();
    const first = await world.attach(user, task.task_id, png());
    const second = await world.attach(user, task.task_id);
    await world.post(first.upload, PNG);
    await world.deliver();
    const path = { user_id: user, task_id: task.task_id };
    const listed = await invoke(world.handlers.listAttachments, 'listAttachments', { pathParameters: path });
    expect(listed.body.attachments.map((a: { attachment_id: string }) => a.attachment_id)).toEqual([
      first.attachment.attachment_id,
      second.attachment.attachment_id,
    ]);
    const one = { ...path, attachment_id: first.attachment.attachment_id };
    expect((await invoke(world.handlers.deleteAttachment, 'deleteAttachment', { pathParameters: one })).status).toBe(
      204,
    );
    expect(await objectExists(first.upload.fields.key as string)).toBe(false);
    expect((await world.view(user, task.task_id, first.attachment.attachment_id)).status).toBe(404);
    expect((await invoke(world.handlers.deleteAttachment, 'deleteAttachment', { pathParameters: one })).status).toBe(
      404,
    );
  });

  it('once the task is deleted, its attachments answer 404 at once', async () => {
    const { user, task } = await freshTask();
    const { attachment } = await world.attach(user, task.task_id);
    const path = { user_id: user, task_id: task.task_id };
    expect((await invoke(world.handlers.deleteTask, 'deleteTask', { pathParameters: path })).status).toBe(204);
    const one = { ...path, attachment_id: attachment.attachment_id };
    expect((await world.view(user, task.task_id, attachment.attachment_id)).status).toBe(404);
    expect((await invoke(world.handlers.listAttachments, 'listAttachments', { pathParameters: path })).status).toBe(
      404,
    );
    expect((await invoke(world.handlers.deleteAttachment, 'deleteAttachment', { pathParameters: one })).status).toBe(
      404,
    );
    const create = await invoke(world.handlers.createAttachment, 'createAttachment', {
      pathParameters: path,
      body: { filename: 'a.txt', content_type: 'text/plain', size: 1 },
    });
    expect(create.status).toBe(404);
    // The slot update did not bring a bare task item back to life.
    expect(await world.stored(user)).toEqual([]);
  });

  it("another user's task id under one's own path is 404, and nothing is written", async () => {
    const { task } = await freshTask();
    const intruder = `intruder-${users}`;
    const create = await invoke(world.handlers.createAttachment, 'createAttachment', {
      pathParameters: { user_id: intruder, task_id: task.task_id },
      body: { filename: 'a.txt', content_type: 'text/plain', size: 1 },
    });
    expect(create.status).toBe(404);
    expect(await world.stored(intruder)).toEqual([]);
  });
});
