// The business logic of each operation, over the handler set's state. Requests arrive
// authenticated, validated (defaults filled in) and authorized; failures are thrown as
// domain errors and mapped to problems in `error-replies.ts`.
import type { OperationId, Task, ValidRequest } from '@serverless-todo/contract';
import { etagOf, expectedVersion } from '@serverless-todo/contract/http';
import type { AttachmentStore } from './attachments/attachment-store.ts';
import type { FakeBucket } from './attachments/fake-bucket.ts';
import { createAttachment, deleteAttachment, getAttachment, listAttachments } from './attachments/operations.ts';
import type { CursorBook } from './cursors.ts';
import { fingerprintOf, type IdempotencyLedger, type StoredCreate } from './idempotency.ts';
import { empty, json, type ReplyContext } from './reply.ts';
import type { IncomingRequest } from './request.ts';
import type { TaskStore } from './store.ts';

/** Everything one handler set remembers. */
export interface MockState {
  readonly store: TaskStore;
  readonly cursors: CursorBook;
  readonly ledger: IdempotencyLedger;
  readonly attachments: AttachmentStore;
  readonly bucket: FakeBucket;
}

/** One call of an operation, past auth and validation. */
export interface OperationCall<Op extends OperationId> {
  readonly request: ValidRequest<Op>;
  /** The token's `sub` (empty for public operations). */
  readonly principal: string;
  readonly incoming: IncomingRequest;
  readonly reply: ReplyContext;
  readonly state: MockState;
  /** Waits the configured latency; called right before the store is touched. */
  readonly pause: () => Promise<void>;
}

type Implementations = { readonly [Op in OperationId]: (call: OperationCall<Op>) => Promise<Response> };

const taskReply = (reply: ReplyContext, status: number, task: Task, extra: Record<string, string> = {}) =>
  json(reply, status, task, { ETag: etagOf(task.version), ...extra });

const created = (reply: ReplyContext, { task, location }: StoredCreate) =>
  taskReply(reply, 201, task, { Location: location });

async function createTask({ request, principal, incoming, reply, state, pause }: OperationCall<'createTask'>) {
  const key = request.headers['idempotency-key'];
  if (key !== undefined) {
    const replay = state.ledger.claim(principal, key, fingerprintOf(request.body));
    if (replay) return created(reply, replay);
  }
  try {
    await pause();
    const { title, description, status, due_date } = request.body;
    const task = state.store.create(principal, {
      title,
      description: description ?? '',
      status: status ?? 'pending',
      due_date: due_date ?? null,
    });
    const result = { task, location: `${incoming.path}/${task.task_id}` };
    if (key !== undefined) state.ledger.complete(principal, key, result);
    return created(reply, result);
  } catch (error) {
    if (key !== undefined) state.ledger.release(principal, key);
    throw error;
  }
}

async function listTasks({ request, principal, reply, state, pause }: OperationCall<'listTasks'>) {
  const { limit, cursor, status } = request.query;
  const afterKey = cursor === undefined ? null : state.cursors.resolve(cursor, principal, status);
  await pause();
  const page = state.store.page(principal, { afterKey, status, limit });
  const next_cursor =
    page.lastKey === null ? null : state.cursors.issue({ userId: principal, status, lastKey: page.lastKey });
  return json(reply, 200, { tasks: page.tasks, next_cursor });
}

async function getTask({ request, principal, reply, state, pause }: OperationCall<'getTask'>) {
  await pause();
  return taskReply(reply, 200, state.store.get(principal, request.path.task_id));
}

async function updateTask({ request, principal, reply, state, pause }: OperationCall<'updateTask'>) {
  await pause();
  const condition = expectedVersion(request.headers['if-match']);
  return taskReply(reply, 200, state.store.update(principal, request.path.task_id, request.body, condition));
}

async function deleteTask({ request, principal, reply, state, pause }: OperationCall<'deleteTask'>) {
  await pause();
  state.store.delete(principal, request.path.task_id, expectedVersion(request.headers['if-match']));
  // What the API's stream consumer does after a task delete: its attachments and files go.
  for (const key of state.attachments.deleteTask(principal, request.path.task_id)) state.bucket.delete(key);
  return empty(reply, 204);
}

async function getSummary({ principal, reply, state, pause }: OperationCall<'getSummary'>) {
  await pause();
  return json(reply, 200, state.store.summary(principal));
}

async function getHello({ reply }: OperationCall<'getHello'>) {
  return json(reply, 200, { message: 'Hello from Lambda!', request_id: reply.requestId });
}

/** The implementation of every operation in openapi.yaml; a new operation fails to compile until added. */
export const implementations: Implementations = {
  getHello,
  createTask,
  listTasks,
  getTask,
  updateTask,
  deleteTask,
  createAttachment,
  listAttachments,
  getAttachment,
  deleteAttachment,
  getSummary,
};
