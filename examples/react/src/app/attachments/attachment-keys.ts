// The cache keys of a task's attachments, in a module of their own: the live updates patch
// these lists without loading the attachments panel's code (and its SDK entry).
import type { TodoKeys } from '@serverless-todo/query';

/** The key of one task's attachment list. */
export type AttachmentListKey = readonly ['serverless-todo', string, 'attachments', string];

/**
 * The key of `taskId`'s attachment list, under the user's keys (so signing out clears it).
 *
 * @example
 * ```ts
 * queryClient.getQueryData(attachmentListKey(todo.keys, taskId));
 * ```
 */
export const attachmentListKey = (keys: TodoKeys, taskId: string): AttachmentListKey => [
  ...keys.all,
  'attachments',
  taskId,
];

/**
 * The mutation key of deleting one of `taskId`'s attachments (the attachment id is its variable).
 *
 * @example
 * ```ts
 * queryClient.isMutating({ mutationKey: attachmentDeleteKey(todo.keys, taskId) });
 * ```
 */
export const attachmentDeleteKey = (keys: TodoKeys, taskId: string) =>
  [...attachmentListKey(keys, taskId), 'delete'] as const;
