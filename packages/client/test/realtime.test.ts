// subscribe() against a real WebSocket server on 127.0.0.1 (the `ws` package on both ends):
// the handshake, checked delivery, reconnects and gaps, keep-alive, and a clean stop.
import { readClientMessage } from '@serverless-todo/contract/realtime';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { createTodoClient } from '../src/index.ts';
import { reconnectDelay } from '../src/realtime/backoff.ts';
import {
  type ChangeEvent,
  type CloseInfo,
  InvalidRealtimeMessageError,
  RealtimeConnectionError,
  RealtimeServerError,
  type SubscribeOptions,
  withRealtime,
} from '../src/realtime/index.ts';
import { type RealtimeServer, startRealtimeServer, taskUpdated } from './support/realtime-server.ts';
import { USER } from './support/responses.ts';

const WAIT = { timeout: 5_000, interval: 5 };
const FAST = { baseDelayMs: 5, maxDelayMs: 20 };

let server: RealtimeServer;
let controller: AbortController;
beforeEach(async () => {
  server = await startRealtimeServer();
  controller = new AbortController();
});
afterEach(async () => {
  controller.abort();
  await server.close();
});

/** A subscription whose callbacks record what they were given. */
function subscribe(options: { token?: () => string | Promise<string>; pingIntervalMs?: number } = {}) {
  let n = 0;
  const token = options.token ?? (() => `token-${++n}`);
  const client = withRealtime(createTodoClient({ baseUrl: 'http://127.0.0.1:9', token }), {
    url: server.url,
    WebSocket,
    reconnect: FAST,
    pingIntervalMs: options.pingIntervalMs,
    pongTimeoutMs: 50,
  });
  const seen = { events: [] as ChangeEvent[], errors: [] as Error[], gaps: 0, opens: 0, closes: [] as CloseInfo[] };
  // The order of opens and closes, as the app saw them.
  const log: string[] = [];
  const handlers: SubscribeOptions = {
    onEvent: (event) => seen.events.push(event),
    onError: (error) => seen.errors.push(error),
    onGap: () => seen.gaps++,
    onOpen: () => {
      seen.opens++;
      log.push('open');
    },
    onClose: (info) => {
      seen.closes.push(info);
      log.push(`close ${info.code}`);
    },
    signal: controller.signal,
  };
  client.subscribe(USER, handlers);
  return Object.assign(seen, { log });
}

const open = () => server.connections.filter((c) => !c.closed);

describe('subscribe', () => {
  it('connects with a fresh token from the client in the `token` query parameter', async () => {
    const seen = subscribe();
    await vi.waitFor(() => expect(seen.opens).toBe(1), WAIT);
    expect(server.connections.map((c) => c.token)).toEqual(['token-1']);
    server.connections[0]!.socket.close(1001, 'going away');
    await vi.waitFor(() => expect(seen.opens).toBe(2), WAIT);
    expect(server.connections.map((c) => c.token)).toEqual(['token-1', 'token-2']);
  });

  it('tells onClose how an open connection ended, once per opened connection, before the reconnect opens', async () => {
    const seen = subscribe();
    await vi.waitFor(() => expect(seen.opens).toBe(1), WAIT);
    server.connections[0]!.socket.close(1001, 'going away');
    await vi.waitFor(() => expect(seen.opens).toBe(2), WAIT);
    server.connections[1]!.socket.close(4001, 'Token expired');
    await vi.waitFor(() => expect(seen.opens).toBe(3), WAIT);
    expect(seen.closes).toEqual([
      { code: 1001, reason: 'going away' },
      { code: 4001, reason: 'Token expired' },
    ]);
    expect(seen.log).toEqual(['open', 'close 1001', 'open', 'close 4001', 'open']);
    expect(seen.gaps).toBe(2);
  });

  it('does not call onClose for a refused connect (never open) nor for the abort', async () => {
    server.refused.add('token-1');
    const seen = subscribe();
    await vi.waitFor(() => expect(seen.opens).toBe(1), WAIT);
    expect(seen.errors).toHaveLength(1);
    controller.abort();
    await vi.waitFor(() => expect(server.connections[0]!.closed).toBe(true), WAIT);
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen.closes).toEqual([]);
  });

  it('hands each valid event to onEvent, in order', async () => {
    const seen = subscribe();
    await vi.waitFor(() => expect(open()).toHaveLength(1), WAIT);
    for (const version of [1, 2, 3]) server.send(open()[0]!, taskUpdated(version));
    await vi.waitFor(() => expect(seen.events.map((e) => e.version)).toEqual([1, 2, 3]), WAIT);
    expect(seen.errors).toEqual([]);
  });

  it.each([
    ['not JSON', '{"type":'],
    ['a binary frame', Buffer.from(JSON.stringify(taskUpdated(1)))],
    ['an unknown type', JSON.stringify({ type: 'task.moved' })],
    ['a client message', JSON.stringify({ type: 'ping' })],
    ['a task.updated without its task', JSON.stringify({ ...taskUpdated(1), task: undefined })],
    ['a version of 0', JSON.stringify({ ...taskUpdated(1), version: 0 })],
    ['an extra field', JSON.stringify({ ...taskUpdated(1), extra: true })],
    ["another user's event", JSON.stringify(taskUpdated(1, 'someone-else'))],
  ])('drops %s and reports it through onError, never throwing', async (_, data) => {
    const seen = subscribe();
    await vi.waitFor(() => expect(open()).toHaveLength(1), WAIT);
    server.sendRaw(open()[0]!, data);
    server.send(open()[0]!, taskUpdated(7));
    await vi.waitFor(() => expect(seen.events.map((e) => e.version)).toEqual([7]), WAIT);
    expect(seen.errors).toHaveLength(1);
    expect(seen.errors[0]).toBeInstanceOf(InvalidRealtimeMessageError);
    expect((seen.errors[0] as InvalidRealtimeMessageError).errors.length).toBeGreaterThan(0);
    expect(open()).toHaveLength(1); // the connection stays
  });

  it("reports the server's error message and keeps the connection", async () => {
    const seen = subscribe();
    await vi.waitFor(() => expect(open()).toHaveLength(1), WAIT);
    server.send(open()[0]!, { type: 'error', detail: 'Send ping or nothing.' });
    await vi.waitFor(() => expect(seen.errors).toHaveLength(1), WAIT);
    expect(seen.errors[0]).toBeInstanceOf(RealtimeServerError);
    expect(seen.errors[0]!.message).toBe('Send ping or nothing.');
    expect(open()).toHaveLength(1);
  });

  it('reports an error thrown by onEvent instead of letting it escape', async () => {
    const errors: Error[] = [];
    const client = withRealtime(createTodoClient({ baseUrl: 'http://127.0.0.1:9', token: 't' }), {
      url: server.url,
      WebSocket,
    });
    client.subscribe(USER, {
      onEvent: () => {
        throw new Error('app bug');
      },
      onError: (error) => errors.push(error),
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(open()).toHaveLength(1), WAIT);
    server.send(open()[0]!, taskUpdated(1));
    await vi.waitFor(() => expect(errors.map((e) => e.message)).toEqual(['app bug']), WAIT);
  });

  it('reconnects after the server closes, and reports the gap', async () => {
    const seen = subscribe();
    await vi.waitFor(() => expect(seen.opens).toBe(1), WAIT);
    expect(seen.gaps).toBe(0);
    open()[0]!.socket.terminate();
    await vi.waitFor(() => expect(seen.opens).toBe(2), WAIT);
    expect(seen.gaps).toBe(1);
    // A dropped TCP connection has no close frame: 1006, as in a browser.
    expect(seen.closes).toEqual([{ code: 1006, reason: '' }]);
    server.send(open()[0]!, taskUpdated(2));
    await vi.waitFor(() => expect(seen.events.map((e) => e.version)).toEqual([2]), WAIT);
  });

  it('keeps retrying a refused token with a fresh one, and reports the refusals and then the gap', async () => {
    server.refused.add('token-1').add('token-2');
    const seen = subscribe();
    await vi.waitFor(() => expect(seen.opens).toBe(1), WAIT);
    expect(server.upgrades).toBe(3);
    expect(server.connections.map((c) => c.token)).toEqual(['token-3']);
    expect(seen.errors).toHaveLength(2);
    for (const error of seen.errors) expect(error).toBeInstanceOf(RealtimeConnectionError);
    expect(seen.gaps).toBe(1);
  });

  it('reports a failing token source and tries again', async () => {
    let calls = 0;
    const seen = subscribe({
      token: async () => {
        if (++calls === 1) throw new Error('signed out');
        return 'token-ok';
      },
    });
    await vi.waitFor(() => expect(seen.opens).toBe(1), WAIT);
    expect(seen.errors).toHaveLength(1);
    expect(seen.errors[0]).toBeInstanceOf(RealtimeConnectionError);
    expect((seen.errors[0]!.cause as Error).message).toBe('signed out');
  });

  it('sends the contract’s ping, and replaces a connection that stops answering it', async () => {
    const seen = subscribe({ pingIntervalMs: 20 });
    await vi.waitFor(() => expect(server.connections[0]?.received.length).toBeGreaterThanOrEqual(2), WAIT);
    for (const message of server.connections[0]!.received)
      expect(readClientMessage(message)).toMatchObject({ ok: true });
    expect(seen.opens).toBe(1); // answered pings keep it
    server.silent = true;
    await vi.waitFor(() => expect(seen.opens).toBe(2), WAIT);
    expect(server.connections[0]!.closed).toBe(true);
    expect(seen.errors.some((e) => e instanceof RealtimeConnectionError)).toBe(true);
    expect(seen.gaps).toBe(1);
    expect(seen.closes).toEqual([{ code: 4000, reason: 'no answer to ping' }]);
  });

  it('stops on abort: the socket closes, no timer is left, nothing more is called', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    const seen = subscribe({ pingIntervalMs: 1_000 });
    await vi.waitFor(() => expect(seen.opens).toBe(1), WAIT);
    controller.abort();
    await vi.waitFor(() => expect(server.connections[0]!.closed).toBe(true), WAIT);
    await vi.waitFor(() => expect(timers()).toBeLessThanOrEqual(before), WAIT);
    // With no timer left nothing can reconnect: one upgrade, no error from the closing.
    await new Promise((resolve) => setImmediate(resolve));
    expect(server.upgrades).toBe(1);
    expect(seen.errors).toEqual([]);
  });

  it('stops on abort while backing off from refusals: no further upgrade', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    server.refused.add('always');
    const seen = subscribe({ token: () => 'always' });
    await vi.waitFor(() => expect(server.upgrades).toBeGreaterThanOrEqual(2), WAIT);
    controller.abort();
    const atAbort = server.upgrades;
    const errors = seen.errors.length;
    await vi.waitFor(() => expect(timers()).toBeLessThanOrEqual(before), WAIT);
    // The upgrade already on the wire at the abort may still reach the server (the socket
    // was connecting, with no timer of its own); none is started after it.
    const quiet = () => new Promise((resolve) => setTimeout(resolve, 50));
    await quiet();
    expect(server.upgrades).toBeLessThanOrEqual(atAbort + 1);
    const settled = server.upgrades;
    await quiet();
    expect(server.upgrades).toBe(settled);
    expect(seen.errors.length).toBe(errors);
  });

  it('does nothing with an already aborted signal', async () => {
    controller.abort();
    const seen = subscribe();
    await new Promise((resolve) => setImmediate(resolve));
    expect(server.upgrades).toBe(0);
    expect(seen.opens).toBe(0);
  });
});

describe('reconnectDelay', () => {
  it.each([
    ['the first wait, drawn low', { attempt: 0, random: 0, want: 0 }],
    ['the first wait, drawn high', { attempt: 0, random: 0.999, want: 499.5 }],
    ['the fourth wait doubles three times', { attempt: 3, random: 0.5, want: 2_000 }],
    ['a late wait is capped', { attempt: 12, random: 0.5, want: 15_000 }],
    ['a very late wait stays finite and capped', { attempt: 10_000, random: 0.999, want: 29_970 }],
  ])('%s', (_, { attempt, random, want }) => {
    expect(reconnectDelay({}, attempt, () => random)).toBeCloseTo(want, 6);
  });

  it('uses the given base and cap', () => {
    expect(reconnectDelay({ baseDelayMs: 10, maxDelayMs: 50 }, 5, () => 0.5)).toBe(25);
  });
});
