// Change events through the SDK's realtime entry, one scenario for every target that serves
// them: each REST change yields exactly one event on each of the owner's sockets, with the
// task and version of the REST response, and another user's socket hears nothing. The mock
// (MSW's ws.link) always serves them; the local API does once template.yaml has a stream
// consumer that reaches the realtime API (a stream function whose environment names it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTodoClient, type Task, type TodoClient } from '@serverless-todo/client';
import { type ChangeEvent, withRealtime } from '@serverless-todo/client/realtime';
import { assertConforms } from '@serverless-todo/contract/responses';
import { defaultTemplatePath, type LocalApi, loadApiModel, startLocalApi } from '@serverless-todo/local';
import { createTodoHandlers, devToken } from '@serverless-todo/mock';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';

const WAIT = { timeout: 20_000, interval: 10 };

interface EventsTarget {
  readonly baseUrl: string;
  readonly realtimeUrl: string;
  /** The WebSocket class: `ws`'s, or MSW's interception of the global one. */
  readonly WebSocket: typeof WebSocket | undefined;
  token(userId: string): Promise<string> | string;
  /** Fetch that checks every response against openapi.yaml. */
  fetch(request: Request): Promise<Response>;
}

const conforming =
  (fetch: (request: Request) => Promise<Response>, operationOf: (request: Request) => string) =>
  async (input: Request | string | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const text = await response.clone().text();
    const body = text === '' ? undefined : JSON.parse(text);
    assertConforms(operationOf(request) as never, { status: response.status, headers: response.headers, body });
    return response;
  };

const operationOf = (request: Request) => {
  const hasId = /\/tasks\/[^/]+$/.test(new URL(request.url).pathname);
  return { POST: 'createTask', PATCH: 'updateTask', DELETE: 'deleteTask', GET: hasId ? 'getTask' : 'listTasks' }[
    request.method
  ]!;
};

/** A socket of `userId` through the SDK, recording its events; resolves once open. */
async function listen(target: EventsTarget, userId: string, signal: AbortSignal) {
  const client = withRealtime(createTodoClient({ baseUrl: target.baseUrl, token: () => target.token(userId) }), {
    url: target.realtimeUrl,
    WebSocket: target.WebSocket,
  });
  const events: ChangeEvent[] = [];
  const errors: Error[] = [];
  await new Promise<void>((resolve) =>
    client.subscribe(userId, {
      onEvent: (event) => events.push(event),
      onError: (error) => errors.push(error),
      onOpen: resolve,
      signal,
    }),
  );
  return { events, errors };
}

function eventsScenario(target: () => EventsTarget) {
  it('every REST change: one event per owner socket with the REST task and version; none for others', async () => {
    const t = target();
    const controller = new AbortController();
    try {
      const [a, b, other] = await Promise.all([
        listen(t, 'events-owner', controller.signal),
        listen(t, 'events-owner', controller.signal),
        listen(t, 'events-other', controller.signal),
      ]);
      const api = (userId: string): TodoClient =>
        createTodoClient({ baseUrl: t.baseUrl, token: () => t.token(userId), fetch: conforming(t.fetch, operationOf) });
      const owner = api('events-owner');
      const created = await owner.tasks.create('events-owner', { title: 'Heard everywhere' });
      const updated = await owner.tasks.update('events-owner', created.task.task_id, { status: 'done' });
      await owner.tasks.delete('events-owner', created.task.task_id);
      // The other user's own change marks the end of its stream.
      const marker = await api('events-other').tasks.create('events-other', { title: 'marker' });
      const want: [string, string, number, Task | undefined][] = [
        ['task.created', created.task.task_id, 1, created.task],
        ['task.updated', created.task.task_id, 2, updated.task],
        ['task.deleted', created.task.task_id, 2, undefined],
      ];
      const seen = (events: ChangeEvent[]) =>
        events.map((e) => [e.type, e.task_id, e.version, 'task' in e ? e.task : undefined]);
      await vi.waitFor(() => {
        expect(seen(a.events)).toEqual(want);
        expect(seen(b.events)).toEqual(want);
        expect(other.events.map((e) => e.task_id)).toEqual([marker.task.task_id]);
      }, WAIT);
      for (const socket of [a, b, other]) expect(socket.errors).toEqual([]);
    } finally {
      controller.abort();
    }
  });
}

describe('on the mock', () => {
  const baseUrl = 'http://127.0.0.1:3997';
  const realtimeUrl = 'ws://127.0.0.1:3997/realtime';
  // msw/node intercepts the global WebSocket class, which Node 20 lacks: `ws`'s stands in.
  globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket;
  const server = setupServer(...createTodoHandlers({ baseUrl, realtime: { url: realtimeUrl } }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  eventsScenario(() => ({
    baseUrl,
    realtimeUrl,
    WebSocket: undefined,
    token: (userId) => devToken(userId),
    fetch: (request) => globalThis.fetch(request),
  }));
});

// The local API fans events out only once a stream consumer of template.yaml reaches the
// realtime API; until then there is nothing to hear, and the scenario says so.
const scratch = mkdtempSync(join(tmpdir(), 'realtime-events-'));
const { model } = loadApiModel({ templatePath: defaultTemplatePath, dataDir: scratch });
const fanOut = model.streamMappings.some(({ functionId }) =>
  Object.values(model.functions.get(functionId)?.environment ?? {}).some((value) =>
    /execute-api|\/realtime/.test(value),
  ),
);
rmSync(scratch, { recursive: true, force: true });
if (!fanOut)
  console.warn('local realtime events skipped: no stream function of template.yaml reaches the realtime API');

describe.runIf(fanOut)('on the local API', () => {
  let api: LocalApi;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'realtime-events-'));
    api = await startLocalApi({ port: 0, memory: true, quiet: true, dataDir });
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  eventsScenario(() => ({
    baseUrl: api.url,
    realtimeUrl: api.realtimeUrl!,
    WebSocket,
    token: (userId) => api.token(userId),
    fetch: (request) => globalThis.fetch(request),
  }));
});
