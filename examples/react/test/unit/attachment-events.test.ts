import type { Attachment } from '@serverless-todo/client/attachments';
import type { AttachmentEvent } from '@serverless-todo/client/realtime';
import { assertServerMessage } from '@serverless-todo/contract/realtime';
import { todoKeys } from '@serverless-todo/query';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { attachmentDeleteKey, attachmentListKey } from '../../src/app/attachments/attachment-keys.ts';
import { applyAttachmentEvent } from '../../src/app/live/attachment-events.ts';

const USER = 'u1';
const TASK = '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70';
const keys = todoKeys(USER);
const key = attachmentListKey(keys, TASK);

const attachment = (n: number, status: Attachment['status'] = 'pending'): Attachment => ({
  attachment_id: `9b2e4c1d-3a5f-4e6b-8c7d-1e2f3a4b5c6${n}`,
  task_id: TASK,
  filename: `file-${n}.png`,
  content_type: 'image/png',
  size: 1000 + n,
  status,
  reason: status === 'rejected' ? 'The file’s content is not image/png.' : null,
  created_at: '2026-11-26T09:30:00.000Z',
  updated_at: status === 'pending' ? '2026-11-26T09:30:00.000Z' : '2026-11-26T09:30:02.000Z',
});

// Every event is one the contract allows, so the cases hold only what a server may send.
function event(type: AttachmentEvent['type'], of: Attachment): AttachmentEvent {
  const base = {
    type,
    user_id: USER,
    task_id: TASK,
    attachment_id: of.attachment_id,
    version: of.status === 'pending' ? 1 : 2,
    sent_at: '2026-11-26T09:30:03.000Z',
  };
  const message = type === 'attachment.deleted' ? base : { ...base, attachment: of };
  assertServerMessage(message);
  return message as AttachmentEvent;
}

const [one, two] = [attachment(1), attachment(2)];
const ready = (a: Attachment) => ({ ...a, status: 'ready' as const, updated_at: '2026-11-26T09:30:02.000Z' });

describe('applyAttachmentEvent', () => {
  it.each([
    ['a created one joins the end of the list', [one], event('attachment.created', two), [one, two]],
    ['an updated one replaces its row', [one, two], event('attachment.updated', ready(one)), [ready(one), two]],
    ['a late pending copy never replaces a settled one', [ready(one)], event('attachment.created', one), [ready(one)]],
    ['a deleted one leaves', [one, two], event('attachment.deleted', one), [two]],
    ['a repeated delete changes nothing', [two], event('attachment.deleted', one), [two]],
  ])('%s', (_name, held, given, want) => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(key, held);
    applyAttachmentEvent(queryClient, keys, given);
    expect(queryClient.getQueryData(key)).toEqual(want);
  });

  it('leaves a list the cache does not hold unloaded (the panel loads it when opened)', () => {
    const queryClient = new QueryClient();
    applyAttachmentEvent(queryClient, keys, event('attachment.created', one));
    expect(queryClient.getQueryData(key)).toBeUndefined();
  });

  it('does not bring back an attachment this tab is deleting', async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(key, [two]);
    let finish = () => {};
    const deleting = queryClient
      .getMutationCache()
      .build(queryClient, {
        mutationKey: attachmentDeleteKey(keys, TASK),
        mutationFn: (_id: string) => new Promise<void>((resolve) => (finish = resolve)),
      })
      .execute(one.attachment_id);
    await expect.poll(() => queryClient.isMutating({ mutationKey: attachmentDeleteKey(keys, TASK) })).toBe(1);
    applyAttachmentEvent(queryClient, keys, event('attachment.created', one));
    expect(queryClient.getQueryData(key)).toEqual([two]);
    finish();
    await deleting;
    // Once the delete is over, the same news is applied again.
    applyAttachmentEvent(queryClient, keys, event('attachment.created', one));
    expect(queryClient.getQueryData(key)).toEqual([two, one]);
  });
});
