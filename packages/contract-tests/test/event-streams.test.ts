// The comparison of two event streams: what counts as a divergence (a missing, extra or
// different event, another order within one item) and what does not (another interleaving
// of different items, volatile fields, each side's own ids).
import type { ChangeEvent } from '@serverless-todo/contract/realtime';
import { describe, expect, it } from 'vitest';
import { compareStreams, type EventView, itemStreams, viewOf } from '../src/realtime/event-streams.ts';

const USER = 'u-1';
const [T0, T1, A0] = ['task#0', 'task#1', 'attachment#2'];

const task = (task_id: string, version: number, title = 'a') => ({
  user_id: USER,
  task_id,
  title,
  description: '',
  status: 'pending',
  due_date: null,
  created_at: '<time>',
  updated_at: '<time>',
  version,
});
const created = (id: string): EventView => ({
  type: 'task.created',
  user_id: USER,
  task_id: id,
  attachment_id: null,
  version: 1,
  item: task(id, 1),
});
const updated = (id: string, version: number, title = 'a'): EventView => ({
  type: 'task.updated',
  user_id: USER,
  task_id: id,
  attachment_id: null,
  version,
  item: task(id, version, title),
});
const deleted = (id: string, version: number): EventView => ({
  type: 'task.deleted',
  user_id: USER,
  task_id: id,
  attachment_id: null,
  version,
  item: null,
});
const detached = (version: number): EventView => ({
  type: 'attachment.deleted',
  user_id: USER,
  task_id: T0,
  attachment_id: A0,
  version,
  item: null,
});

const stream = [created(T0), created(T1), updated(T0, 2), deleted(T0, 2), detached(1), updated(T1, 2)];

describe('compareStreams', () => {
  it.each([
    ['the same stream', stream],
    [
      'another interleaving of different tasks',
      [created(T1), created(T0), updated(T1, 2), updated(T0, 2), deleted(T0, 2), detached(1)],
    ],
    [
      "an attachment's event before its task's (different items)",
      [detached(1), ...stream.filter((v) => v.type !== 'attachment.deleted')],
    ],
  ])('agrees on %s', (_, right) => {
    expect(compareStreams('mock', stream, 'local', right)).toEqual([]);
  });

  it.each([
    [
      'a missing event',
      stream.filter((v) => !(v.type === 'task.updated' && v.task_id === T1)),
      `${T1}: mock heard 2 event(s), local 1; they differ at event 2`,
    ],
    ['an extra event', [...stream, updated(T1, 2)], `${T1}: mock heard 2 event(s), local 3; they differ at event 3`],
    [
      'a wrong version',
      stream.map((v) => (v.type === 'attachment.deleted' ? detached(2) : v)),
      `${T0}/${A0}: mock heard 1 event(s), local 1; they differ at event 1`,
    ],
    [
      'a different task carried',
      stream.map((v) => (v.type === 'task.updated' && v.task_id === T0 ? updated(T0, 2, 'b') : v)),
      `${T0}: mock heard 3 event(s), local 3; they differ at event 2`,
    ],
    [
      'another order within one task',
      [created(T1), updated(T1, 2), deleted(T0, 2), created(T0), updated(T0, 2), detached(1)],
      `${T0}: mock heard 3 event(s), local 3; they differ at event 1`,
    ],
    [
      'an item only one side heard of',
      stream.filter((v) => v.type !== 'attachment.deleted'),
      `${T0}/${A0}: mock heard 1 event(s), local 0; they differ at event 1`,
    ],
  ])('finds %s', (_, right, first) => {
    const differences = compareStreams('mock', stream, 'local', right);
    expect(differences).toHaveLength(1);
    expect(differences[0]).toContain(first);
    expect(differences[0]).toMatch(
      /\n {4}mock: .*\n {4}local: .*\n {4}event \d+ on mock: .*\n {4}event \d+ on local: /,
    );
  });
});

describe('viewOf', () => {
  const id = '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70';
  const raw = {
    type: 'task.updated',
    user_id: USER,
    task_id: id,
    version: 2,
    sent_at: '2026-12-01T10:00:00.000Z',
    task: { ...task(id, 2), created_at: '2026-12-01T09:00:00.000Z', updated_at: '2026-12-01T09:59:00.000Z' },
  } as ChangeEvent;

  it('relabels ids and hides timestamps and sent_at when comparing two targets', () => {
    expect(viewOf(raw, new Map([[id, T0]]))).toEqual(updated(T0, 2));
  });

  it('keeps the event as sent (but sent_at) when comparing with the REST answer', () => {
    const view = viewOf(raw);
    expect(view.task_id).toBe(id);
    expect(view.item).toEqual(raw.type === 'task.updated' ? raw.task : undefined);
  });

  it('splits a stream per task and per attachment', () => {
    expect([...itemStreams(stream).keys()]).toEqual([T0, T1, `${T0}/${A0}`]);
  });
});
