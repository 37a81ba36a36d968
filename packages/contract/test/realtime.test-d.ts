import { describe, expectTypeOf, it } from 'vitest';
import type { Attachment, Task } from '../src/index.ts';
import type { ChangeEvent, ClientMessage, ServerMessage } from '../src/realtime.ts';

describe('realtime message types', () => {
  it('carry the REST contract’s Task on created and updated events, none on deleted', () => {
    expectTypeOf<ChangeEvent<'task.created'>['task']>().toEqualTypeOf<Task>();
    expectTypeOf<ChangeEvent<'task.updated'>['task']>().toEqualTypeOf<Task>();
    // @ts-expect-error a deleted event has no task
    expectTypeOf<ChangeEvent<'task.deleted'>['task']>().toBeNever();
  });

  it('carry the REST contract’s Attachment on attachment created and updated events', () => {
    expectTypeOf<ChangeEvent<'attachment.created'>['attachment']>().toEqualTypeOf<Attachment>();
    expectTypeOf<ChangeEvent<'attachment.updated'>['attachment']>().toEqualTypeOf<Attachment>();
  });

  it('narrow by type, and keep client and server messages apart', () => {
    expectTypeOf<Extract<ServerMessage, { type: 'pong' }>>().toHaveProperty('sent_at');
    expectTypeOf<ClientMessage['type']>().toEqualTypeOf<'ping'>();
    expectTypeOf<ChangeEvent['type']>().toEqualTypeOf<
      | 'task.created'
      | 'task.updated'
      | 'task.deleted'
      | 'attachment.created'
      | 'attachment.updated'
      | 'attachment.deleted'
    >();
  });
});
