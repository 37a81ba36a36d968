// The mock's realtime API (ws.link): every REST change yields exactly one event on each of
// the owner's sockets with the task and version of the REST response; nobody else hears it;
// bad tokens are refused as the API refuses the upgrade; ping gets pong; connections end at
// API Gateway's idle timeout and maximum duration.

import { createTodoClient } from '@serverless-todo/client';
import { withRealtime } from '@serverless-todo/client/realtime';
import type { Task } from '@serverless-todo/contract';
import type { ChangeEvent } from '@serverless-todo/contract/realtime';
import { describe, expect, it, vi } from 'vitest';
import { createRealtimeHandler, createTodoHandlers, devToken } from '../src/index.ts';
import { BASE, call, createTask, mockApi, server, useMockServer } from './support/api.ts';
import { openSocket, provideGlobalWebSocket, REALTIME_URL, type TestSocket } from './support/sockets.ts';

provideGlobalWebSocket();
useMockServer();

const WAIT = { timeout: 5_000, interval: 5 };
const events = (socket: TestSocket) => socket.messages as ChangeEvent[];
const summary = (event: ChangeEvent) => [event.type, event.task_id, event.version];

async function connected(...sockets: TestSocket[]) {
  for (const socket of sockets) expect(await socket.opened).toBe(true);
}

/** A change for `user` whose event marks the end: all earlier events of the socket are in. */
async function settle(user: string, sockets: TestSocket[]) {
  const marker = await createTask(user, { title: 'marker' });
  await vi.waitFor(() => {
    for (const socket of sockets) expect(events(socket).at(-1)?.task_id).toBe(marker.task_id);
  }, WAIT);
  for (const socket of sockets) socket.messages.pop();
}

describe('change events', () => {
  it('every REST change yields exactly one event per owner socket, with the REST task and version', async () => {
    mockApi({ realtime: { url: REALTIME_URL } });
    const [a, b, other] = [openSocket(devToken('alice')), openSocket(devToken('alice')), openSocket(devToken('bob'))];
    await connected(a, b, other);

    const created = await createTask('alice', { title: 'Write the tests' });
    const path = `/users/alice/tasks/${created.task_id}`;
    const updated = await call('updateTask', 'PATCH', path, { json: { status: 'done' } });
    expect(updated.status).toBe(200);
    const again = await call('updateTask', 'PATCH', path, { json: { title: 'Ship' }, headers: { 'if-match': '"2"' } });
    expect(again.status).toBe(200);
    // Refused writes change nothing, so they tell nothing.
    expect(
      (await call('updateTask', 'PATCH', path, { json: { title: 'x' }, headers: { 'if-match': '"1"' } })).status,
    ).toBe(412);
    expect((await call('createTask', 'POST', '/users/alice/tasks', { json: { title: '' } })).status).toBe(400);
    expect((await call('deleteTask', 'DELETE', path)).status).toBe(204);
    expect((await call('deleteTask', 'DELETE', path)).status).toBe(404);

    await settle('alice', [a, b]);
    const last = again.body as Task;
    for (const socket of [a, b]) {
      expect(events(socket).map(summary)).toEqual([
        ['task.created', created.task_id, 1],
        ['task.updated', created.task_id, 2],
        ['task.updated', created.task_id, 3],
        ['task.deleted', created.task_id, 3],
      ]);
      const [c, u1, u2] = events(socket) as [
        ChangeEvent<'task.created'>,
        ChangeEvent<'task.updated'>,
        ChangeEvent<'task.updated'>,
      ];
      expect(c.task).toEqual(created);
      expect(u1.task).toEqual(updated.body);
      expect(u2.task).toEqual(last);
      for (const event of events(socket)) expect(event.user_id).toBe('alice');
    }
    // Bob's socket heard nothing of Alice's changes, only its own marker.
    await settle('bob', [other]);
    expect(other.messages).toEqual([]);
  });

  it('an idempotent replay of a create is one change, so one event', async () => {
    mockApi({ realtime: { url: REALTIME_URL } });
    const socket = openSocket(devToken('alice'));
    await connected(socket);
    const headers = { 'idempotency-key': 'b0c2f3c4-1d5e-4f60-8a9b-0c1d2e3f4a5b' };
    const first = await call('createTask', 'POST', '/users/alice/tasks', { json: { title: 'Once' }, headers });
    const replay = await call('createTask', 'POST', '/users/alice/tasks', { json: { title: 'Once' }, headers });
    expect(replay.body).toEqual(first.body);
    await settle('alice', [socket]);
    expect(events(socket).map(summary)).toEqual([['task.created', (first.body as Task).task_id, 1]]);
  });

  it('adds the ws.link handler only with the realtime option', () => {
    const kinds = (handlers: { kind: string }[]) => new Set(handlers.map((handler) => handler.kind));
    expect(kinds(createTodoHandlers({ baseUrl: BASE }))).toEqual(new Set(['request']));
    expect(kinds(createTodoHandlers({ baseUrl: BASE, realtime: { url: REALTIME_URL } }))).toEqual(
      new Set(['request', 'websocket']),
    );
  });
});

describe('attachment events', () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  type Created = { attachment: { attachment_id: string }; upload: { url: string; fields: Record<string, string> } };

  it('created, settled by the upload, deleted, and cascaded with the task: one event each, to the owner only', async () => {
    mockApi({ realtime: { url: REALTIME_URL } });
    const [owner, other] = [openSocket(devToken('alice')), openSocket(devToken('bob'))];
    await connected(owner, other);
    const task = await createTask('alice');
    const base = `/users/alice/tasks/${task.task_id}/attachments`;
    const json = { filename: 'dot.png', content_type: 'image/png', size: 100 };
    const first = await call('createAttachment', 'POST', base, { json });
    const { attachment, upload } = first.body as Created;
    const form = new FormData();
    for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
    form.append('file', new Blob([PNG.slice().buffer as ArrayBuffer]));
    expect((await fetch(upload.url, { method: 'POST', body: form })).status).toBe(204);
    const ready = await call('getAttachment', 'GET', `${base}/${attachment.attachment_id}`);
    expect((await call('deleteAttachment', 'DELETE', `${base}/${attachment.attachment_id}`)).status).toBe(204);
    const second = (await call('createAttachment', 'POST', base, { json })).body as Created;
    expect((await call('deleteTask', 'DELETE', `/users/alice/tasks/${task.task_id}`)).status).toBe(204);

    await settle('alice', [owner]);
    const attachmentId = (event: ChangeEvent) => ('attachment_id' in event ? event.attachment_id : null);
    expect(events(owner).map((e) => [e.type, attachmentId(e) ?? e.task_id, e.version])).toEqual([
      ['task.created', task.task_id, 1],
      ['attachment.created', attachment.attachment_id, 1],
      ['attachment.updated', attachment.attachment_id, 2],
      ['attachment.deleted', attachment.attachment_id, 2],
      ['attachment.created', second.attachment.attachment_id, 1],
      ['task.deleted', task.task_id, 1],
      ['attachment.deleted', second.attachment.attachment_id, 1],
    ]);
    const [, created, updated] = events(owner) as ChangeEvent<'attachment.created' | 'attachment.updated'>[];
    expect(created!.attachment).toEqual(attachment);
    expect(updated!.attachment).toEqual((ready.body as { attachment: unknown }).attachment);
    await settle('bob', [other]);
    expect(other.messages).toEqual([]);
  });
});

describe('handshake', () => {
  it.each([
    ['no token', null],
    ['an empty token', ''],
    ['a token that is not a JWT', 'not-a-jwt'],
    ['a token without sub', `${devToken('x').split('.')[0]}.${btoa('{}')}.`],
    ['an expired token', devToken('alice', { exp: Math.floor(Date.now() / 1000) - 60 })],
    ['an oversized token', devToken('alice', { pad: 'x'.repeat(9000) })],
  ])('refuses %s as a failed upgrade: error, close 1006, never open', async (_, token) => {
    mockApi({ realtime: { url: REALTIME_URL } });
    const socket = openSocket(token);
    expect(await socket.opened).toBe(false);
    await vi.waitFor(() => expect(socket.events).toEqual(['error', 'close']), WAIT);
    expect(socket.closeCode).toBe(1006);
    // A refused socket hears nothing afterwards either.
    await createTask('alice');
    expect(socket.messages).toEqual([]);
  });

  it('answers ping with pong and anything else with the contract’s error', async () => {
    mockApi({ realtime: { url: REALTIME_URL } });
    const socket = openSocket(devToken('alice'));
    await connected(socket);
    socket.socket.send(JSON.stringify({ type: 'ping' }));
    socket.socket.send('hello');
    socket.socket.send(JSON.stringify({ type: 'ping', extra: 1 }));
    await vi.waitFor(() => expect(socket.messages.map((m) => m.type)).toEqual(['pong', 'error', 'error']), WAIT);
    // In the words of template.yaml's $default function.
    expect(socket.messages.slice(1)).toEqual([
      { type: 'error', detail: 'A message must be JSON.' },
      { type: 'error', detail: 'The only message a client may send is {"type":"ping"}.' },
    ]);
  });

  it('stops telling a socket once it is closed', async () => {
    mockApi({ realtime: { url: REALTIME_URL } });
    const [gone, stays] = [openSocket(devToken('alice')), openSocket(devToken('alice'))];
    await connected(gone, stays);
    gone.socket.close();
    await vi.waitFor(() => expect(gone.events).toContain('close'), WAIT);
    await settle('alice', [stays]);
    expect(gone.messages).toEqual([]);
  });
});

describe('API Gateway’s connection limits', () => {
  it('closes a connection that stays silent for the idle timeout with 1001 Going away', async () => {
    mockApi({ realtime: { url: REALTIME_URL, limits: { idleTimeoutMs: 100 } } });
    const socket = openSocket(devToken('alice'));
    await connected(socket);
    await vi.waitFor(() => expect(socket.events).toContain('close'), WAIT);
    expect([socket.closeCode, socket.closeReason]).toEqual([1001, 'Going away']);
  });

  it('closes a connection at its maximum duration, however long its idle timeout', async () => {
    mockApi({ realtime: { url: REALTIME_URL, limits: { maxConnectionMs: 100, idleTimeoutMs: 3_600_000 } } });
    const socket = openSocket(devToken('alice'));
    await connected(socket);
    await vi.waitFor(() => expect(socket.events).toContain('close'), WAIT);
    expect([socket.closeCode, socket.closeReason]).toEqual([1001, 'Going away']);
  });

  it('lets the SDK see the drop and reconnect: onClose with 1001, then a second open and a gap', async () => {
    mockApi({ realtime: { url: REALTIME_URL, limits: { maxConnectionMs: 150 } } });
    const client = withRealtime(createTodoClient({ baseUrl: BASE, token: () => devToken('alice') }), {
      url: REALTIME_URL,
      reconnect: { baseDelayMs: 5, maxDelayMs: 20 },
    });
    const seen: string[] = [];
    const controller = new AbortController();
    client.subscribe('alice', {
      onEvent: (event) => seen.push(event.type),
      onOpen: () => seen.push('open'),
      onClose: ({ code, reason }) => seen.push(`close ${code} ${reason}`),
      onGap: () => seen.push('gap'),
      signal: controller.signal,
    });
    try {
      await vi.waitFor(() => expect(seen.filter((s) => s === 'open')).toHaveLength(2), WAIT);
      expect(seen.slice(0, 4)).toEqual(['open', 'close 1001 Going away', 'open', 'gap']);
    } finally {
      controller.abort();
    }
  });
});

describe('shared across contexts through a BroadcastChannel', () => {
  it('a socket of a handler that has no store hears the changes of a store on the same channel', async () => {
    const channel = `todo-mock-${crypto.randomUUID()}`;
    const elsewhere = 'ws://127.0.0.1:3999/elsewhere';
    mockApi({ realtime: { url: REALTIME_URL, channel } });
    server.use(createRealtimeHandler({ url: elsewhere, channel }));
    const [local, remote, bob] = [
      openSocket(devToken('alice')),
      openSocket(devToken('alice'), elsewhere),
      openSocket(devToken('bob'), elsewhere),
    ];
    await connected(local, remote, bob);
    const task = await createTask('alice');
    await vi.waitFor(() => expect(events(remote).map(summary)).toEqual([['task.created', task.task_id, 1]]), WAIT);
    expect(events(local).map(summary)).toEqual([['task.created', task.task_id, 1]]);
    await settle('bob', [bob]);
    expect(bob.messages).toEqual([]);
  });
});
