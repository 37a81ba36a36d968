// The order the list shows. The API (and the mock, which copies it) returns a user's tasks in
// task_id order: random uuids, so a new task would land anywhere. Until the API offers a
// creation-time order, the app shows what it has loaded newest first (created_at, then
// task_id so equal times never swap). A page loaded later can hold newer tasks than those
// on screen: they are placed by the same rule, so the order stays total and stable.
// What a newest-first order across pages needs from the API: a GSI keyed (user_id,
// created_at#task_id) queried with ScanIndexForward: false, its LastEvaluatedKey in the cursor,
// and the mock's store paging in the same order (created_at descending, then task_id).
import type { Task } from '@serverless-todo/client';

/**
 * The tasks newest first; a new copy, the input is left alone.
 *
 * @example
 * ```ts
 * newestFirst(pages.flatMap((page) => page.tasks));
 * ```
 */
export const newestFirst = (tasks: readonly Task[]): Task[] =>
  [...tasks].sort((a, b) =>
    a.created_at === b.created_at ? a.task_id.localeCompare(b.task_id) : a.created_at < b.created_at ? 1 : -1,
  );
