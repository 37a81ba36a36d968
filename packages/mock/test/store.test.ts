import { describe, expect, it } from 'vitest';
import { TaskNotFoundError, VersionConflictError } from '../src/errors.ts';
import { TaskStore } from '../src/store.ts';

const fields = { title: 't', description: '', status: 'pending', due_date: null } as const;

describe('TaskStore', () => {
  it('returns copies, so callers cannot change stored tasks', () => {
    const store = new TaskStore();
    const task = store.create('u1', { ...fields });
    task.title = 'mutated';
    expect(store.get('u1', task.task_id).title).toBe('t');
  });

  it('throws the domain errors the pipeline maps to 404 and 412', () => {
    const store = new TaskStore();
    const task = store.create('u1', { ...fields });
    expect(() => store.get('u2', task.task_id)).toThrow(TaskNotFoundError);
    expect(() => store.update('u1', task.task_id, { title: 'x' }, 2)).toThrow(VersionConflictError);
    expect(() => store.delete('u1', task.task_id, 9)).toThrow(VersionConflictError);
    store.delete('u1', task.task_id, undefined);
    expect(() => store.delete('u1', task.task_id, undefined)).toThrow(TaskNotFoundError);
  });

  it('applies only the fields given, so an explicit null clears due_date', () => {
    const store = new TaskStore();
    const task = store.create('u1', { ...fields, due_date: '2026-12-01T17:00:00Z' });
    expect(store.update('u1', task.task_id, { status: 'done' }, undefined)).toMatchObject({
      title: 't',
      status: 'done',
      due_date: '2026-12-01T17:00:00Z',
      version: 2,
    });
    expect(store.update('u1', task.task_id, { due_date: null }, undefined).due_date).toBeNull();
  });

  it('orders pages by task_id as DynamoDB orders string keys', () => {
    const store = new TaskStore();
    for (const id of ['b', 'a', 'C', 'aa']) {
      store.put({ user_id: 'u1', task_id: id, ...fields, created_at: 'x', updated_at: 'x', version: 1 });
    }
    expect(store.page('u1', { afterKey: null, status: undefined, limit: 10 }).tasks.map((t) => t.task_id)).toEqual([
      'C',
      'a',
      'aa',
      'b',
    ]);
    expect(store.page('u1', { afterKey: 'C', status: undefined, limit: 2 })).toMatchObject({ lastKey: 'aa' });
    expect(store.page('u1', { afterKey: 'a', status: undefined, limit: 2 })).toMatchObject({ lastKey: null });
  });
});
