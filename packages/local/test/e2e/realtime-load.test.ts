// 200 concurrent WebSockets on the local API (real bundles, loopback sockets) and a bounded
// burst of 1,000 REST changes: every change's event reaches each of its owner's sockets
// exactly once, in order for its task, with the task and version of the REST response and
// conforming to asyncapi.yaml; the bystander's sockets hear nothing. The burst's delivery
// time is printed as a ratio to the REST burst's own duration (information, never asserted).
import type { Task } from '@serverless-todo/contract';
import { assertServerMessage, type ChangeEvent, type ServerMessage } from '@serverless-todo/contract/realtime';
import { assertConforms } from '@serverless-todo/contract/responses';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type LocalApi, startLocalApi } from '../../src/index.ts';
import { tempDir } from '../support/fixture-api.ts';
import { bearer, send } from '../support/http.ts';
import { type OpenSocket, openSocket } from '../support/websocket.ts';

/** 5 owners × 38 sockets + 10 bystander sockets = 200 connections. */
const OWNERS = 5;
const SOCKETS_PER_OWNER = 38;
const BYSTANDER_SOCKETS = 10;
/** Per owner 40 tasks × (create, 3 updates, delete) = 200 changes; 1,000 in all. */
const TASKS_PER_OWNER = 40;
const UPDATES_PER_TASK = 3;
const CHANGES_PER_TASK = UPDATES_PER_TASK + 2;
/** REST requests in flight at once during the burst. */
const REST_CONCURRENCY = 8;
/** Every wait of the test is bounded by one of these. */
const REQUEST_TIMEOUT_MS = 20_000;
const DRAIN_TIMEOUT_MS = 60_000;
const BARRIER = { timeout: 20_000, interval: 50 };

const owners = Array.from({ length: OWNERS }, (_, i) => `load-owner-${i}`);
const BYSTANDER = 'load-bystander';

/** What one REST change promises its owner's sockets: the event's type, version and task. */
interface Expected {
  readonly type: 'task.created' | 'task.updated' | 'task.deleted';
  readonly version: number;
  readonly task: Task | undefined;
}

/** A socket with the arrival time of each message (to time the burst's delivery). */
interface Listener {
  readonly userId: string;
  readonly open: OpenSocket;
  readonly arrivals: number[];
}

let api: LocalApi;
let temp: ReturnType<typeof tempDir>;
const listeners: Listener[] = [];

async function listen(userId: string): Promise<Listener> {
  const open = await openSocket(`${api.realtimeUrl}?token=${encodeURIComponent(await api.token(userId))}`);
  const arrivals: number[] = [];
  open.socket.on('message', () => arrivals.push(performance.now()));
  return { userId, open, arrivals };
}

/** One task's changes, one after another (so its events have one order), as the REST API answers them. */
async function taskChain(userId: string, token: string, n: number): Promise<[string, Expected[]]> {
  const base = `${api.url}/users/${userId}/tasks`;
  const json = bearer(token, { 'content-type': 'application/json' });
  const signal = () => AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const created = await send(base, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ title: `load ${n}` }),
    signal: signal(),
  });
  assertConforms('createTask', created, `POST ${base}`);
  expect(created.status).toBe(201);
  let task = created.body as Task;
  const expected: Expected[] = [{ type: 'task.created', version: task.version, task }];
  const statuses = ['in_progress', 'done', 'pending'] as const;
  for (let u = 0; u < UPDATES_PER_TASK; u++) {
    const url = `${base}/${task.task_id}`;
    const updated = await send(url, {
      method: 'PATCH',
      headers: { ...json, 'if-match': `"${task.version}"` },
      body: JSON.stringify({ status: statuses[u % statuses.length], title: `load ${n}.${u + 1}` }),
      signal: signal(),
    });
    assertConforms('updateTask', updated, `PATCH ${url}`);
    expect(updated.status).toBe(200);
    task = updated.body as Task;
    expected.push({ type: 'task.updated', version: task.version, task });
  }
  const url = `${base}/${task.task_id}`;
  const deleted = await send(url, {
    method: 'DELETE',
    headers: bearer(token, { 'if-match': `"${task.version}"` }),
    signal: signal(),
  });
  assertConforms('deleteTask', deleted, `DELETE ${url}`);
  expect(deleted.status).toBe(204);
  expected.push({ type: 'task.deleted', version: task.version, task: undefined });
  return [task.task_id, expected];
}

/**
 * Runs every task's chain with at most REST_CONCURRENCY requests in flight: a fixed queue of
 * jobs, each worker taking the next until none is left.
 */
async function burst(): Promise<Map<string, Map<string, Expected[]>>> {
  const tokens = new Map(await Promise.all(owners.map(async (o) => [o, await api.token(o)] as const)));
  const jobs = owners.flatMap((owner) => Array.from({ length: TASKS_PER_OWNER }, (_, n) => ({ owner, n })));
  const byOwner = new Map(owners.map((o) => [o, new Map<string, Expected[]>()]));
  let next = 0;
  await Promise.all(
    Array.from({ length: REST_CONCURRENCY }, async () => {
      while (next < jobs.length) {
        const { owner, n } = jobs[next++]!;
        const [taskId, expected] = await taskChain(owner, tokens.get(owner)!, n);
        byOwner.get(owner)!.set(taskId, expected);
      }
    }),
  );
  return byOwner;
}

/**
 * A ping on every socket, then its pong: a socket's messages arrive in the order they were
 * sent, so once the pong is in, everything sent to it before is in too.
 */
async function barrier(): Promise<void> {
  const pongs = (l: Listener) => l.open.messages.filter((m) => (m as { type?: unknown }).type === 'pong').length;
  const before = listeners.map(pongs);
  for (const l of listeners) l.open.socket.send('{"type":"ping"}');
  await vi.waitFor(() => expect(listeners.filter((l, i) => pongs(l) <= before[i]!).length).toBe(0), BARRIER);
}

beforeAll(async () => {
  temp = tempDir('realtime-load-');
  api = await startLocalApi({ port: 0, memory: true, dataDir: temp.dir, quiet: true });
  const users = [
    ...owners.flatMap((o) => Array(SOCKETS_PER_OWNER).fill(o)),
    ...Array(BYSTANDER_SOCKETS).fill(BYSTANDER),
  ];
  // All handshakes at once: 200 authorizer and $connect invocations in flight together.
  listeners.push(...(await Promise.all(users.map((userId: string) => listen(userId)))));
});

afterAll(async () => {
  for (const l of listeners) if (l.open.socket.readyState === l.open.socket.OPEN) l.open.socket.close(1000);
  await Promise.all(listeners.map((l) => l.open.closed().catch(() => undefined)));
  await api?.stop();
  temp?.remove();
});

describe('200 sockets and a burst of 1,000 changes', () => {
  it('delivers every event exactly once to each owner socket, in order per task, and none to others', async () => {
    expect(listeners).toHaveLength(OWNERS * SOCKETS_PER_OWNER + BYSTANDER_SOCKETS);
    const started = performance.now();
    const expected = await burst();
    const restDone = performance.now();
    await api.drained(DRAIN_TIMEOUT_MS);
    await barrier();

    const changes = [...expected.values()].reduce((sum, tasks) => sum + tasks.size * CHANGES_PER_TASK, 0);
    expect(changes).toBe(1_000);
    let delivered = 0;
    let lastArrival = restDone;
    for (const l of listeners) {
      const events = l.open.messages.filter((m) => (m as { type?: unknown }).type !== 'pong');
      for (const event of events) assertServerMessage(event);
      const mine = expected.get(l.userId);
      if (!mine) {
        // The bystander: nothing of anyone else's.
        expect(events).toEqual([]);
        continue;
      }
      // The exact count first: a lost or duplicated event anywhere fails here.
      expect(events).toHaveLength(TASKS_PER_OWNER * CHANGES_PER_TASK);
      const seen = new Map<string, Expected[]>();
      for (const event of events as ServerMessage[]) {
        const e = event as ChangeEvent & { task?: Task };
        expect(e.user_id).toBe(l.userId);
        seen.set(e.task_id, [
          ...(seen.get(e.task_id) ?? []),
          { type: e.type as Expected['type'], version: e.version, task: e.task },
        ]);
      }
      expect(seen).toEqual(mine);
      delivered += events.length;
      // The last change event's arrival (the pong came after it).
      lastArrival = Math.max(lastArrival, l.arrivals[events.length - 1] ?? restDone);
    }
    const restMs = restDone - started;
    const deliveryMs = lastArrival - started;
    console.info(
      `realtime load: ${changes} changes over REST in ${Math.round(restMs)} ms; ${delivered} events on ${listeners.length} sockets ` +
        `delivered in ${Math.round(deliveryMs)} ms = ${(deliveryMs / restMs).toFixed(2)}× the REST burst ` +
        `(${Math.round(delivered / (deliveryMs / 1000))} events/s, for orientation)`,
    );
  }, 120_000);
});
