// One property run: fill in the placeholders, ask the contract's validator whether the
// request is really valid (or invalid), send it, and check the answer. Conformance to
// openapi.yaml is already checked by the client on every response.
import {
  type AttachmentCreated,
  type AttachmentView,
  operations,
  type Task,
  type TaskList,
  type ValidRequest,
} from '@serverless-todo/contract';
import { GeneratorError } from '../errors.ts';
import type { ApiRequest } from '../http/api-client.ts';
import { createAttachment } from '../http/attachments.ts';
import { errorLinesOf, expectEqual, expectStatus, expectThat } from '../http/expect.ts';
import { validationOf } from '../http/oracle.ts';
import { createTask } from '../http/tasks.ts';
import { type Draft, resolve, toApiRequest } from './draft.ts';
import { type LiveState, tally } from './live.ts';

const shown = (request: ApiRequest) => JSON.stringify(request).slice(0, 800);

/**
 * Sends a generated valid request and checks it is accepted with the success status and
 * its effect (a create echoes the body with defaults, an update bumps the version, …).
 *
 * @example
 * ```ts
 * await fc.assert(fc.asyncProperty(validDrafts(live).getTask, (draft) => checkValid(live, draft)));
 * ```
 */
export async function checkValid(live: LiveState, draft: Draft): Promise<void> {
  const op = draft.operationId;
  live.nonce += 1;
  // A delete needs a task of its own, a create of an attachment a task with room (20 at most);
  // reads of attachments use the long-lived one; everything else the long-lived tasks.
  let taskId = live.updated.taskId;
  let attachmentId: string | undefined;
  if (op === 'deleteTask' || op === 'createAttachment' || op === 'deleteAttachment') {
    taskId = (await createTask(live.api, live.user, { title: `for ${op}` })).task.task_id;
  }
  if (op === 'deleteAttachment') {
    const file = { filename: 'to-delete.txt', content_type: 'text/plain' as const, size: 1 };
    attachmentId = (await createAttachment(live.api, live.user, taskId, file)).attachment.attachment_id;
  } else if (op === 'getAttachment' || op === 'listAttachments') {
    ({ taskId, attachmentId } = live.attachment);
  }
  const version = op === 'deleteTask' ? 1 : live.updated.version;
  const request = resolve(toApiRequest(draft), { taskId, attachmentId, version, nonce: live.nonce });
  const verdict = await validationOf(request);
  if (!verdict.ok) {
    throw new GeneratorError(
      `a generated valid ${op} request is invalid: ${JSON.stringify(verdict.problem.errors)}\n  ${shown(request)}`,
    );
  }
  const res = await live.api.send(request);
  tally(live, res.status);
  expectThat(res, 'no server error', res.status < 500);
  expectStatus(res, operations[op].successStatus);
  if (op === 'createTask' || op === 'updateTask') {
    const sent = verdict.value.body as unknown as ValidRequest<'createTask'>['body'];
    const task = res.body as Task;
    const changed = Object.fromEntries(Object.keys(sent).map((key) => [key, task[key as keyof Task]]));
    expectEqual(res, 'the fields sent (defaults filled in)', changed, { ...sent });
    if (op === 'updateTask') {
      expectEqual(res, 'version', task.version, version + 1);
      live.updated.version = task.version;
    }
  } else if (op === 'listTasks') {
    const { limit, status } = verdict.value.query as ValidRequest<'listTasks'>['query'];
    const { tasks } = res.body as TaskList;
    expectThat(res, `at most ${limit} tasks`, tasks.length <= limit);
    if (status)
      expectThat(
        res,
        `only ${status} tasks`,
        tasks.every((t) => t.status === status),
      );
  } else if (op === 'getTask') {
    expectEqual(res, 'task_id', (res.body as Task).task_id, live.readTaskId);
  } else if (op === 'createAttachment') {
    const sent = verdict.value.body as unknown as ValidRequest<'createAttachment'>['body'];
    const { attachment } = res.body as AttachmentCreated;
    expectEqual(res, 'the attachment as sent, pending', attachment, {
      ...attachment,
      ...sent,
      task_id: taskId,
      status: 'pending',
      reason: null,
    });
  } else if (op === 'getAttachment') {
    expectEqual(
      res,
      'attachment_id',
      (res.body as AttachmentView).attachment.attachment_id,
      live.attachment.attachmentId,
    );
  }
}

/**
 * Sends a generated invalid request and checks the answer is the problem validateRequest
 * predicts: same status (400, 413 or 415) and the same `errors[]` (pointers and details).
 *
 * @example
 * ```ts
 * await fc.assert(fc.asyncProperty(invalid, (draft) => checkInvalid(live, draft)));
 * ```
 */
export async function checkInvalid(live: LiveState, draft: Draft): Promise<void> {
  live.nonce += 1;
  const values = { taskId: live.updated.taskId, version: live.updated.version, nonce: live.nonce };
  const request = resolve(toApiRequest(draft), values);
  const verdict = await validationOf(request);
  if (verdict.ok)
    throw new GeneratorError(`a generated invalid ${draft.operationId} request is valid:\n  ${shown(request)}`);
  const res = await live.api.send(request);
  tally(live, res.status);
  expectThat(res, 'no server error', res.status < 500);
  expectStatus(res, verdict.problem.status);
  expectEqual(res, 'errors[] (as validateRequest predicts)', errorLinesOf(res.body), errorLinesOf(verdict.problem));
}
