// The target state the property runs work on: one user with tasks of every status, a task
// only read, a task updated run after run (its version tracked from the responses), and
// genuine cursors per filter. Also the tally of what the target answered.
import type { Task, TaskList, TaskStatus } from '@serverless-todo/contract';
import { ApiClient } from '../http/api-client.ts';
import { createAttachment } from '../http/attachments.ts';
import { expectStatus, expectThat } from '../http/expect.ts';
import { createTask } from '../http/tasks.ts';
import type { Target } from '../target.ts';
import { twoEmptyUsers } from '../users.ts';
import type { LiveIds } from './draft.ts';

/** Mutable state of the property part on one target. */
export interface LiveState extends LiveIds {
  readonly api: ApiClient;
  readonly updated: { readonly taskId: string; version: number };
  /** An attachment only read (getAttachment, listAttachments). */
  readonly attachment: { readonly taskId: string; readonly attachmentId: string };
  nonce: number;
  /** Responses seen, by status. */
  readonly statuses: Map<number, number>;
}

const FILTERS = ['all', 'pending', 'in_progress', 'done'] as const;

/**
 * Creates the user's tasks and collects the cursors.
 *
 * @example
 * ```ts
 * const live = await prepareLive(target);
 * ```
 */
export async function prepareLive(target: Target): Promise<LiveState> {
  const api = new ApiClient(target);
  const [user] = await twoEmptyUsers(api);
  const tasks: Task[] = [];
  for (const status of ['pending', 'in_progress', 'done', 'pending', 'in_progress', 'done'] as const) {
    tasks.push((await createTask(api, user, { title: `seed ${status}`, status })).task);
  }
  const { task: updated } = await createTask(api, user, { title: 'updated by the property runs' });
  const cursors = {} as Record<(typeof FILTERS)[number], string>;
  for (const filter of FILTERS) {
    const query: Record<string, string> = { limit: '1', ...(filter === 'all' ? {} : { status: filter }) };
    const page = await api.send({ operationId: 'listTasks', path: { user_id: user }, query });
    expectStatus(page, 200);
    const cursor = (page.body as TaskList).next_cursor;
    expectThat(page, 'a next_cursor (more tasks follow)', cursor !== null);
    cursors[filter] = cursor as string;
  }
  const { task: holder } = await createTask(api, user, { title: 'holds an attachment' });
  const { attachment } = await createAttachment(api, user, holder.task_id, {
    filename: 'read-only.txt',
    content_type: 'text/plain',
    size: 10,
  });
  return {
    api,
    user,
    attachment: { taskId: holder.task_id, attachmentId: attachment.attachment_id },
    readTaskId: (tasks[0] as Task).task_id,
    cursors: cursors as Record<'all' | TaskStatus, string>,
    updated: { taskId: updated.task_id, version: 1 },
    nonce: 0,
    statuses: new Map(),
  };
}

/**
 * Counts a response status.
 *
 * @example
 * ```ts
 * tally(live, res.status);
 * ```
 */
export function tally(live: LiveState, status: number): void {
  live.statuses.set(status, (live.statuses.get(status) ?? 0) + 1);
}
