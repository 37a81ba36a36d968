// One handler set behind two MSW servers at once, as a test target set up twice has it: both
// servers hand each connection to the same hub, which must still send each event once. In a
// file of its own: closing a server restores the global WebSocket for every server.
import type { ChangeEvent } from '@serverless-todo/contract/realtime';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createTodoHandlers, devToken } from '../src/index.ts';
import { BASE, createTask } from './support/api.ts';
import { openSocket, provideGlobalWebSocket, REALTIME_URL } from './support/sockets.ts';

provideGlobalWebSocket();
const handlers = createTodoHandlers({ baseUrl: BASE, realtime: { url: REALTIME_URL } });
const servers = [setupServer(...handlers), setupServer(...handlers)];
beforeAll(() => {
  for (const server of servers) server.listen({ onUnhandledRequest: 'bypass' });
});
afterAll(() => {
  for (const server of servers) server.close();
});

it('tells a socket each event once when its handlers serve two MSW servers', async () => {
  const socket = openSocket(devToken('alice'));
  expect(await socket.opened).toBe(true);
  const first = await createTask('alice', { title: 'first' });
  const marker = await createTask('alice', { title: 'marker' });
  await vi.waitFor(
    () => expect(socket.messages.some((m) => 'task_id' in m && m.task_id === marker.task_id)).toBe(true),
    {
      timeout: 5_000,
      interval: 5,
    },
  );
  // Anything sent twice would be in by now: the marker came after it on the same socket.
  const heard = (socket.messages as ChangeEvent[]).map((event) => [event.type, event.task_id]);
  expect(heard).toEqual([
    ['task.created', first.task_id],
    ['task.created', marker.task_id],
  ]);
  socket.socket.close();
});
