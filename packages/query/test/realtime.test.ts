// connectRealtime: the real SDK subscribed to the mock's realtime API (MSW ws.link, over the
// `ws` package's WebSocket class, which Node 20 lacks as a global) and a real QueryClient.
// Changes made by another device of the same user patch the cache without a refetch where
// they can; lists a change may join are refetched, and only those; stale events are dropped;
// a gap refetches the user's queries.
import type { Task } from '@serverless-todo/client';
import { type ChangeEvent, withRealtime } from '@serverless-todo/client/realtime';
import { assertServerMessage } from '@serverless-todo/contract/realtime';
import { InfiniteQueryObserver } from '@tanstack/query-core';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { todoQueries } from '../src/index.ts';
import { connectRealtime } from '../src/realtime/index.ts';
import { cachedList, loadList } from './support/cache.ts';
import { mockApi, newQueryClient, useMockServer } from './support/mock-api.ts';

globalThis.WebSocket ??= NodeWebSocket as unknown as typeof WebSocket;
useMockServer();

const USER = 'syncer';
const URL = 'ws://127.0.0.1:3998/realtime';
const WAIT = { timeout: 5_000, interval: 5 };

async function setUp() {
  const api = mockApi({
    seed: { [USER]: [{ title: 'Pending one' }, { title: 'Done one', status: 'done' }] },
    realtime: { url: URL },
  });
  const other = api.client(USER); // another device of the same user
  const client = withRealtime(api.client(USER), { url: URL });
  const todo = todoQueries(client, USER);
  const queryClient = newQueryClient();
  const filters = [{}, { status: 'pending' }, { status: 'done' }] as const;
  await Promise.all(filters.map((filter) => loadList(queryClient, todo, filter)));
  // Watched, as by mounted components: an invalidated list refetches only when watched.
  // staleTime keeps subscribing itself from refetching.
  const unwatch = filters.map((filter) =>
    new InfiniteQueryObserver(queryClient, { ...todo.taskList(filter), staleTime: Number.POSITIVE_INFINITY }).subscribe(
      () => {},
    ),
  );
  const pending = cachedList(queryClient, todo, { status: 'pending' })[0]!;
  await queryClient.fetchQuery(todo.task(pending.task_id));
  const controller = new AbortController();
  const opened = new Promise<void>((resolve) => {
    connectRealtime(queryClient, client, USER, { signal: controller.signal, onOpen: resolve });
  });
  await opened;
  const gets = () => api.sent.filter((r) => r.method === 'GET').length;
  onTestFinished(() => {
    controller.abort();
    for (const stop of unwatch) stop();
  });
  return { api, other, todo, queryClient, pending, controller, gets, listGets: gets() };
}

describe('connectRealtime with the mock', () => {
  it('patches a title edit into the task entry and every list that has it, with no refetch', async () => {
    const { other, todo, queryClient, pending, gets, listGets } = await setUp();
    const { task } = await other.tasks.update(USER, pending.task_id, { title: 'Edited elsewhere' });
    await vi.waitFor(() => expect(queryClient.getQueryData(todo.keys.task(pending.task_id))?.task).toEqual(task), WAIT);
    expect(queryClient.getQueryData(todo.keys.task(pending.task_id))?.etag).toBe('"2"');
    expect(cachedList(queryClient, todo).find((t) => t.task_id === task.task_id)).toEqual(task);
    expect(cachedList(queryClient, todo, { status: 'pending' }).find((t) => t.task_id === task.task_id)).toEqual(task);
    expect(gets()).toBe(listGets);
  });

  it('moves a task between status lists: patched out of one, the other refetched', async () => {
    const { other, todo, queryClient, pending, gets, listGets } = await setUp();
    const { task } = await other.tasks.update(USER, pending.task_id, { status: 'done' });
    await vi.waitFor(() => {
      expect(cachedList(queryClient, todo, { status: 'done' }).map((t) => t.task_id)).toContain(task.task_id);
    }, WAIT);
    expect(cachedList(queryClient, todo, { status: 'pending' })).toEqual([]);
    expect(cachedList(queryClient, todo).find((t) => t.task_id === task.task_id)).toEqual(task);
    expect(gets()).toBe(listGets + 1); // the done list, and nothing else
  });

  it('refetches the lists a created task may join, not the others', async () => {
    const { other, todo, queryClient, api, listGets } = await setUp();
    const { task } = await other.tasks.create(USER, { title: 'Made elsewhere' });
    await vi.waitFor(() => {
      expect(cachedList(queryClient, todo).map((t) => t.task_id)).toContain(task.task_id);
      expect(cachedList(queryClient, todo, { status: 'pending' }).map((t) => t.task_id)).toContain(task.task_id);
    }, WAIT);
    const refetched = api.sent.slice(listGets).filter((r) => r.method === 'GET');
    expect(refetched).toHaveLength(2); // the unfiltered and the pending list, not the done one
  });

  it('takes a deleted task out of its entry and every list, with no refetch', async () => {
    const { other, todo, queryClient, pending, gets, listGets } = await setUp();
    await other.tasks.delete(USER, pending.task_id);
    await vi.waitFor(
      () => expect(cachedList(queryClient, todo).map((t) => t.task_id)).not.toContain(pending.task_id),
      WAIT,
    );
    expect(queryClient.getQueryData(todo.keys.task(pending.task_id))).toBeUndefined();
    expect(cachedList(queryClient, todo, { status: 'pending' })).toEqual([]);
    expect(gets()).toBe(listGets);
  });
});

describe('connectRealtime with scripted events', () => {
  // A stand-in for the SDK's subscribe: the test hands the events over itself, each checked
  // against asyncapi.yaml first, to reach orders the mock never produces (late, stale).
  function scripted() {
    const calls: Parameters<ReturnType<typeof withRealtime>['subscribe']>[1][] = [];
    return {
      calls,
      client: { subscribe: (_: string, handlers: (typeof calls)[number]) => void calls.push(handlers) },
      emit: (event: ChangeEvent) => {
        assertServerMessage(event);
        calls[0]!.onEvent(event);
      },
    };
  }
  const task = (version: number, overrides: Partial<Task> = {}): Task => ({
    user_id: USER,
    task_id: '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70',
    title: `v${version}`,
    description: '',
    status: 'pending',
    due_date: null,
    created_at: '2026-11-26T09:30:00.000Z',
    updated_at: '2026-11-26T09:30:00.000Z',
    version,
    ...overrides,
  });
  const updated = (t: Task): ChangeEvent => ({
    type: 'task.updated',
    user_id: USER,
    task_id: t.task_id,
    version: t.version,
    sent_at: t.updated_at,
    task: t,
  });

  it.each([
    ['an older update', { held: 3, event: updated(task(2)), want: 3 }],
    ['an update at the same version', { held: 3, event: updated(task(3, { title: 'other' })), want: 3 }],
    ['a newer update', { held: 3, event: updated(task(4)), want: 4 }],
  ])('guards by version: %s', (_, { held, event, want }) => {
    const queryClient = newQueryClient();
    const todo = todoQueries({} as never, USER);
    queryClient.setQueryData(todo.keys.task(task(held).task_id), { task: task(held), etag: `"${held}"` });
    const fake = scripted();
    connectRealtime(queryClient, fake.client, USER);
    fake.emit(event);
    expect(queryClient.getQueryData(todo.keys.task(task(held).task_id))?.task.version).toBe(want);
  });

  it.each([
    ['an older delete is dropped', { held: 3, version: 2, kept: true }],
    ['a delete at the held version applies', { held: 3, version: 3, kept: false }],
  ])('%s', (_, { held, version, kept }) => {
    const queryClient = newQueryClient();
    const todo = todoQueries({} as never, USER);
    const key = todo.keys.task(task(held).task_id);
    queryClient.setQueryData(key, { task: task(held), etag: `"${held}"` });
    const fake = scripted();
    connectRealtime(queryClient, fake.client, USER);
    fake.emit({ type: 'task.deleted', user_id: USER, task_id: task(1).task_id, version, sent_at: task(1).updated_at });
    expect(queryClient.getQueryData(key) !== undefined).toBe(kept);
  });

  it('after a gap, marks every query of the user stale and no one else’s', () => {
    const queryClient = newQueryClient();
    const mine = todoQueries({} as never, USER).keys.task('a');
    const theirs = todoQueries({} as never, 'someone-else').keys.task('a');
    queryClient.setQueryData(mine, { task: task(1), etag: '"1"' });
    queryClient.setQueryData(theirs, { task: task(1, { user_id: 'someone-else' }), etag: '"1"' });
    const fake = scripted();
    connectRealtime(queryClient, fake.client, USER);
    fake.calls[0]!.onGap?.();
    expect(queryClient.getQueryState(mine)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(theirs)?.isInvalidated).toBe(false);
  });

  it('hands every event to onEvent after patching the cache, attachment events included', () => {
    const queryClient = newQueryClient();
    const key = todoQueries({} as never, USER).keys.task(task(1).task_id);
    queryClient.setQueryData(key, { task: task(1), etag: '"1"' });
    const heard: { type: string; cachedVersion: number | undefined }[] = [];
    const fake = scripted();
    connectRealtime(queryClient, fake.client, USER, {
      onEvent: (event) => heard.push({ type: event.type, cachedVersion: queryClient.getQueryData(key)?.task.version }),
    });
    fake.emit(updated(task(2)));
    fake.emit({
      type: 'attachment.deleted',
      user_id: USER,
      task_id: task(1).task_id,
      attachment_id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
      version: 1,
      sent_at: task(1).updated_at,
    });
    expect(heard).toEqual([
      { type: 'task.updated', cachedVersion: 2 },
      { type: 'attachment.deleted', cachedVersion: 2 },
    ]);
  });

  it('passes the connection’s opens and closes on', () => {
    const seen: string[] = [];
    const fake = scripted();
    connectRealtime(newQueryClient(), fake.client, USER, {
      onOpen: () => seen.push('open'),
      onClose: ({ code }) => seen.push(`close ${code}`),
    });
    fake.calls[0]!.onOpen?.();
    fake.calls[0]!.onClose?.({ code: 1006, reason: '' });
    expect(seen).toEqual(['open', 'close 1006']);
  });

  it('disconnects through the returned function or the given signal', () => {
    const fake = scripted();
    const disconnect = connectRealtime(newQueryClient(), fake.client, USER);
    const controller = new AbortController();
    connectRealtime(newQueryClient(), fake.client, USER, { signal: controller.signal });
    expect(fake.calls.map((c) => c.signal.aborted)).toEqual([false, false]);
    disconnect();
    controller.abort();
    expect(fake.calls.map((c) => c.signal.aborted)).toEqual([true, true]);
  });
});
