import type { TaskUpdate } from '@serverless-todo/contract';
import { describe, expect, test } from 'vitest';
import { updateParts } from '../../src/tasks/update-task.ts';

const AT = '2026-01-01T00:00:00.000Z';

describe('updateParts', () => {
  const cases: [string, { given: TaskUpdate; want: string }][] = [
    ['status (a reserved word)', { given: { status: 'done' }, want: 'SET #status = :status' }],
    [
      'title and description',
      { given: { title: 't', description: 'd' }, want: 'SET #title = :title, #description = :description' },
    ],
    ['due_date null', { given: { due_date: null }, want: 'SET #due_date = :due_date' }],
    [
      'every field',
      {
        given: { title: 't', description: 'd', status: 'in_progress', due_date: '2026-12-01T17:00:00Z' },
        want: 'SET #title = :title, #description = :description, #status = :status, #due_date = :due_date',
      },
    ],
  ];

  test.each(cases)('%s', (_name, { given, want }) => {
    const parts = updateParts(given, AT);
    expect(parts.UpdateExpression).toBe(`${want}, #updated_at = :updated_at, #version = #version + :one`);
    // Every attribute name in the expression is an alias: no bare (possibly reserved) name.
    const bare = parts.UpdateExpression.replace(/[#:][a-z_]+/g, '').match(/[a-z_]+/gi) ?? [];
    expect(bare).toEqual(['SET']);
    for (const [alias, name] of Object.entries(parts.ExpressionAttributeNames)) expect(alias).toBe(`#${name}`);
    expect(parts.ExpressionAttributeValues[':updated_at']).toBe(AT);
    expect(parts.ExpressionAttributeValues[':one']).toBe(1);
  });
});
