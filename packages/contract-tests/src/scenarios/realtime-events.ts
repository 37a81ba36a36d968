// Every kind of REST change, heard on the realtime API (asyncapi.yaml): one event per change
// on each of the owner's sockets, carrying the task or attachment and the version of the REST
// answer; the other user's socket hears only the other user's own change (BOLA for events).
// Order is compared per task and per attachment only, the one order asyncapi.yaml promises.
import type { Attachment, Task } from '@serverless-todo/contract';
import { attachmentVersion } from '@serverless-todo/contract/realtime';
import { UnexpectedResponseError } from '../errors.ts';
import { ApiClient } from '../http/api-client.ts';
import { awaitVerdict, createAttachment, postFile } from '../http/attachments.ts';
import { expectEqual, expectStatus } from '../http/expect.ts';
import { createTask } from '../http/tasks.ts';
import type { EventSocket } from '../realtime/event-socket.ts';
import { compareStreams, type EventView, viewOf } from '../realtime/event-streams.ts';
import { heardEverything, listen, realtimeOf } from '../realtime/listeners.ts';
import type { Target } from '../target.ts';
import { twoEmptyUsers } from '../users.ts';

const NOTES = new TextEncoder().encode('plain text notes\n');
const FILE = { filename: 'notes.txt', content_type: 'text/plain', size: NOTES.length } as const;

const taskEvent = (type: 'task.created' | 'task.updated', task: Task): EventView => ({
  type,
  user_id: task.user_id,
  task_id: task.task_id,
  attachment_id: null,
  version: task.version,
  item: task,
});
const attachmentEvent = (
  type: 'attachment.created' | 'attachment.updated' | 'attachment.deleted',
  userId: string,
  attachment: Attachment,
): EventView => ({
  type,
  user_id: userId,
  task_id: attachment.task_id,
  attachment_id: attachment.attachment_id,
  // asyncapi.yaml's AttachmentVersion: 1 while pending, 2 once the upload was checked.
  version: attachmentVersion(attachment.status),
  item: type === 'attachment.deleted' ? null : attachment,
});

/**
 * Task create, update, delete; attachment create, upload check (ready), delete; and a task
 * delete that takes a pending and a ready attachment with it: each owner socket hears exactly
 * the expected events, the other user's socket only that user's marker.
 *
 * @example
 * ```ts
 * await everyChangeHeardByItsOwner(localTarget());
 * ```
 */
export async function everyChangeHeardByItsOwner(target: Target): Promise<void> {
  const api = new ApiClient(target);
  const [owner, other] = await twoEmptyUsers(api);
  // A fixed user's deletes must have reached the fan-out before the sockets open.
  await realtimeOf(target).settled?.();
  const sockets = await Promise.all([listen(target, owner), listen(target, owner), listen(target, other)]);
  try {
    const want: EventView[] = [];
    const { task } = await createTask(api, owner, { title: 'Heard everywhere' });
    want.push(taskEvent('task.created', task));
    const path = { user_id: owner, task_id: task.task_id };
    const updated = await api.send({ operationId: 'updateTask', path, json: { status: 'in_progress' } });
    expectStatus(updated, 200);
    want.push(taskEvent('task.updated', updated.body as Task));

    // Checked, then deleted: created v1, updated v2, deleted with its last version, 2.
    const checked = await uploaded(api, owner, task.task_id, want);
    const one = { ...path, attachment_id: checked.attachment_id };
    expectStatus(await api.send({ operationId: 'deleteAttachment', path: one }), 204);
    want.push(attachmentEvent('attachment.deleted', owner, checked));

    // Both go with the task: the pending one's delete carries 1, the ready one's 2.
    const pending = (await createAttachment(api, owner, task.task_id, FILE)).attachment;
    want.push(attachmentEvent('attachment.created', owner, pending));
    const ready = await uploaded(api, owner, task.task_id, want);
    expectStatus(await api.send({ operationId: 'deleteTask', path }), 204);
    // A delete carries the last version the task had: the update's.
    want.push({ ...taskEvent('task.updated', updated.body as Task), type: 'task.deleted', item: null });
    want.push(attachmentEvent('attachment.deleted', owner, pending));
    want.push(attachmentEvent('attachment.deleted', owner, ready));

    const marker = (await createTask(api, other, { title: 'marker' })).task;
    await heardEverything(target, sockets);
    const [mine, mineToo, theirs] = sockets as [EventSocket, EventSocket, EventSocket];
    for (const socket of [mine, mineToo]) expectHeard(socket, want);
    // BOLA for events: not one of the owner's events, only the other user's own change.
    expectHeard(theirs, [taskEvent('task.created', marker)]);
  } finally {
    for (const socket of sockets) socket.close();
  }
}

/** Throws, naming the items that differ, unless the socket heard exactly `want` (per item order). */
function expectHeard(socket: EventSocket, want: readonly EventView[]): void {
  const differences = compareStreams(
    'REST',
    want,
    'socket',
    socket.events.map((event) => viewOf(event)),
  );
  if (differences.length > 0) {
    throw new UnexpectedResponseError(
      `${socket.label} heard other events than the REST changes made:\n${differences.join('\n')}`,
    );
  }
}

/** Creates an attachment, uploads its file and waits for the check; records both events. */
async function uploaded(api: ApiClient, owner: string, taskId: string, want: EventView[]): Promise<Attachment> {
  const { attachment, upload, exchange } = await createAttachment(api, owner, taskId, FILE);
  want.push(attachmentEvent('attachment.created', owner, attachment));
  const posted = await postFile(api, upload, NOTES);
  expectEqual(exchange, 'the storage status of the upload', posted >= 200 && posted < 300, true);
  const verdict = await awaitVerdict(api, owner, taskId, attachment.attachment_id);
  expectEqual(verdict.exchange, 'the verdict', verdict.attachment.status, 'ready');
  want.push(attachmentEvent('attachment.updated', owner, verdict.attachment));
  return verdict.attachment;
}
