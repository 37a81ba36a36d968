import { expect, test } from 'vitest';
import { InvalidCursorError } from '../../src/errors.ts';
import { decodeCursor, encodeCursor } from '../../src/tasks/cursor.ts';

const SECRET = 'unit-secret-0123456789abcdef0123456789';
const position = '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70';
const scope = { principal: 'user123', status: 'done' };

test('a cursor round-trips, matches the contract pattern and stays short', () => {
  const cursor = encodeCursor(SECRET, scope, position);
  expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(cursor.length).toBeLessThanOrEqual(2048);
  expect(decodeCursor(SECRET, scope, cursor)).toBe(position);
});

test.each([
  ['another principal', { principal: 'user124', status: 'done' }, SECRET],
  ['another filter', { principal: 'user123', status: 'pending' }, SECRET],
  ['no filter', { principal: 'user123' }, SECRET],
  ['another secret', scope, `${SECRET}x`],
])('is rejected under %s', (_name, otherScope, secret) => {
  const cursor = encodeCursor(SECRET, scope, position);
  expect(() => decodeCursor(secret, otherScope, cursor)).toThrow(InvalidCursorError);
});

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

test('a non-canonical last character (same bytes in lenient base64) is rejected', () => {
  // 1 + 32 + 4 = 37 bytes: the last character carries 4 unused bits, so flipping its lowest
  // bit decodes to the very same bytes.
  const cursor = encodeCursor(SECRET, scope, 'abcd');
  const last = ALPHABET.indexOf(cursor.at(-1) as string);
  const altered = cursor.slice(0, -1) + ALPHABET[last ^ 1];
  expect(Buffer.from(altered, 'base64url').equals(Buffer.from(cursor, 'base64url'))).toBe(true);
  expect(() => decodeCursor(SECRET, scope, altered)).toThrow(InvalidCursorError);
});
