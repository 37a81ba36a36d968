import { describe, expect, it } from 'vitest';
import { idempotencyKeys } from '../../src/import/idempotency-keys.ts';

const a = { title: 'a', description: '', status: 'pending', due_date: null };
const b = { title: 'b', description: '', status: 'pending', due_date: null };

describe('idempotencyKeys', () => {
  it('gives printable keys the API accepts (at most 255 of \\x21-\\x7E)', () => {
    for (const key of idempotencyKeys([a, b, null])) expect(key).toMatch(/^import-v1-[0-9a-f]{64}$/);
  });

  // Rows are told apart by title here; the key must follow the row, not its position.
  const keyByTitle = (rows: { title: string }[]) => {
    const keys = idempotencyKeys(rows);
    return new Map(rows.map((row, i) => [row.title, keys[i]]));
  };

  it.each([
    ['the same file twice', [a, b], [a, b]],
    ['rows inserted before', [a, b], [{ ...a, title: 'new' }, a, b]],
    ['rows moved', [a, b], [b, a]],
    ['the same fields in another order', [a], [{ due_date: null, status: 'pending', description: '', title: 'a' }]],
  ])('gives a row the same key across %s', (_name, first, second) => {
    const before = keyByTitle(first);
    const after = keyByTitle(second);
    for (const [title, key] of before) expect(after.get(title)).toBe(key);
  });

  it('gives identical rows distinct keys, so both become tasks', () => {
    const keys = idempotencyKeys([a, a, b, a]);
    expect(new Set(keys).size).toBe(4);
    // …and the nth copy keeps its key when another row is added.
    expect(idempotencyKeys([b, a, a, a])).toEqual(expect.arrayContaining(keys));
  });

  it('tells apart bodies that differ in any field', () => {
    const [one, two] = idempotencyKeys([a, { ...a, due_date: '2027-01-01T00:00:00Z' }]);
    expect(one).not.toBe(two);
  });
});
