import type { Task } from '@serverless-todo/client';
import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../src/app/order.ts';

const task = (task_id: string, created_at: string) => ({ task_id, created_at }) as Task;

describe('newestFirst', () => {
  it.each([
    ['newest on top', [task('a', '2026-01-01T00:00:00Z'), task('b', '2026-01-02T00:00:00Z')], ['b', 'a']],
    ['equal times by task_id', [task('b', '2026-01-01T00:00:00Z'), task('a', '2026-01-01T00:00:00Z')], ['a', 'b']],
    ['empty', [], []],
  ])('%s', (_name, given, want) => {
    expect(newestFirst(given).map((t) => t.task_id)).toEqual(want);
  });

  it('leaves its input alone', () => {
    const given = [task('a', '2026-01-01T00:00:00Z'), task('b', '2026-01-02T00:00:00Z')];
    newestFirst(given);
    expect(given.map((t) => t.task_id)).toEqual(['a', 'b']);
  });
});
