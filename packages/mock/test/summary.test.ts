// getSummary's counters in the mock: what a recount says, with updated_at moving only when
// a count does (a create, a delete, a status change), as the API's stream consumer keeps them.
import { describe, expect, it } from 'vitest';
import { TaskStore } from '../src/store.ts';

const fields = { title: 't', description: '', due_date: null } as const;

describe('TaskStore.summary', () => {
  it('counts by status and moves updated_at only when a count changes', () => {
    const store = new TaskStore();
    expect(store.summary('u1')).toEqual({ pending: 0, in_progress: 0, done: 0, total: 0, updated_at: null });
    const a = store.create('u1', { ...fields, status: 'pending' });
    const b = store.create('u1', { ...fields, status: 'pending' });
    store.create('u2', { ...fields, status: 'done' });
    store.update('u1', b.task_id, { status: 'done' }, undefined);
    const afterStatus = store.summary('u1');
    expect(afterStatus).toMatchObject({ pending: 1, in_progress: 0, done: 1, total: 2 });
    store.update('u1', a.task_id, { title: 'renamed' }, undefined);
    expect(store.summary('u1').updated_at).toBe(afterStatus.updated_at);
    store.delete('u1', a.task_id, undefined);
    expect(store.summary('u1')).toMatchObject({ pending: 0, done: 1, total: 1 });
    expect(store.summary('u2')).toMatchObject({ done: 1, total: 1 });
  });
});
