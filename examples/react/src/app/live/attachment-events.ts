// What the live updates do to the cached attachment lists (the query package caches tasks
// only). An attachment changes once (pending → ready or rejected), so a settled copy never
// goes back to pending: that is asyncapi.yaml's version rule (1 while pending, 2 after)
// without a table of versions. A list the cache does not hold is left alone: the panel loads
// it when it opens.
import type { AttachmentEvent } from '@serverless-todo/client/realtime';
import type { TodoKeys } from '@serverless-todo/query';
import type { QueryClient } from '@tanstack/react-query';
import { attachmentDeleteKey, attachmentListKey } from '../attachments/attachment-keys.ts';

type Attachment = NonNullable<Extract<AttachmentEvent, { attachment: unknown }>['attachment']>;

// This tab is deleting it: its delete already took the row away, and putting it back from a
// late `attachment.created` would show it again until the delete's own refetch.
const beingDeleted = (queryClient: QueryClient, keys: TodoKeys, event: AttachmentEvent) =>
  queryClient
    .getMutationCache()
    .findAll({ mutationKey: attachmentDeleteKey(keys, event.task_id), status: 'pending' })
    .some((mutation) => mutation.state.variables === event.attachment_id);

/**
 * Applies one attachment event to its task's cached list, if the cache holds it.
 *
 * @example
 * ```ts
 * live.subscribe(userId, { onEvent: (event) => event.type.startsWith('attachment.') && applyAttachmentEvent(queryClient, keys, event), signal });
 * ```
 */
export function applyAttachmentEvent(queryClient: QueryClient, keys: TodoKeys, event: AttachmentEvent): void {
  const key = attachmentListKey(keys, event.task_id);
  if (event.type === 'attachment.deleted') {
    queryClient.setQueryData<Attachment[]>(key, (list) => list?.filter((a) => a.attachment_id !== event.attachment_id));
    return;
  }
  if (beingDeleted(queryClient, keys, event)) return;
  const next = event.attachment;
  queryClient.setQueryData<Attachment[]>(key, (list) => {
    if (!list) return list;
    const held = list.find((a) => a.attachment_id === next.attachment_id);
    if (!held) return [...list, next];
    const stale = held.status !== 'pending' && next.status === 'pending';
    return stale ? list : list.map((a) => (a === held ? next : a));
  });
}
