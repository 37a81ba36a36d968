import { describe, expect, it } from 'vitest';
import { toTaskCreate } from '../../src/import/to-task-create.ts';

const defaults = { description: '', status: 'pending', due_date: null };

describe('toTaskCreate', () => {
  it.each([
    ['a title only', { title: 'x' }, false, { body: { title: 'x', ...defaults } }],
    [
      'every field',
      { title: 'x', description: 'd', status: 'done', due_date: '2027-01-01T00:00:00Z' },
      false,
      { body: { title: 'x', description: 'd', status: 'done', due_date: '2027-01-01T00:00:00Z' } },
    ],
    [
      'an exported task (server-owned fields dropped)',
      { user_id: 'u', task_id: 't', title: 'x', created_at: 'c', updated_at: 'u', version: 4 },
      false,
      { body: { title: 'x', ...defaults } },
    ],
    [
      'CSV empty status and due date → defaults',
      { title: 'x', status: '', due_date: '' },
      true,
      { body: { title: 'x', ...defaults } },
    ],
    [
      'JSON empty status is sent (the API rejects it)',
      { title: 'x', status: '' },
      false,
      { body: { title: 'x', ...defaults, status: '' } },
    ],
    [
      'an unknown field is kept for the API to reject',
      { title: 'x', colour: 'red' },
      false,
      { body: { title: 'x', ...defaults, colour: 'red' } },
    ],
    ['a string', 'x', false, { reason: 'not an object with a title' }],
    ['null', null, false, { reason: 'not an object with a title' }],
    ['an array', [{ title: 'x' }], false, { reason: 'not an object with a title' }],
  ])('%s', (_name, record, fromCsv, want) => {
    expect(toTaskCreate(record, fromCsv)).toEqual(want);
  });
});
