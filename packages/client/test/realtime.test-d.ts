// Compile-time guarantees of the realtime entry: events are the contract's, narrowed by
// `type`; the browser's and the `ws` package's WebSocket classes both fit; a signal is required.
import { describe, expectTypeOf, it } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { createTodoClient, type Task } from '../src/index.ts';
import { type ChangeEvent, type WebSocketConstructor, withRealtime } from '../src/realtime/index.ts';

const client = withRealtime(createTodoClient({ baseUrl: 'http://127.0.0.1:3000', token: 'jwt' }), {
  url: 'ws://127.0.0.1:3000/realtime',
});

describe('withRealtime', () => {
  it('keeps the client and adds subscribe', () => {
    expectTypeOf(client.tasks.get).toBeFunction();
    expectTypeOf(client.subscribe).parameter(0).toEqualTypeOf<string>();
  });

  it('narrows events by type: created and updated carry the task, deleted does not', () => {
    const onEvent = (event: ChangeEvent) => {
      if (event.type === 'task.updated') expectTypeOf(event.task).toEqualTypeOf<Task>();
      if (event.type === 'task.deleted') expectTypeOf(event).not.toHaveProperty('task');
      expectTypeOf(event.version).toEqualTypeOf<number>();
    };
    client.subscribe('u1', { onEvent, signal: new AbortController().signal });
  });

  it('takes the browser’s and the ws package’s WebSocket', () => {
    expectTypeOf(globalThis.WebSocket).toExtend<WebSocketConstructor>();
    expectTypeOf(NodeWebSocket).toExtend<WebSocketConstructor>();
  });

  it('requires a signal', () => {
    // @ts-expect-error: a subscription without a way to stop it
    client.subscribe('u1', { onEvent: () => {} });
  });
});
