import { describe, expect, it } from 'vitest';
import { formats } from '../src/runtime/formats.ts';
import { ucs2length } from '../src/runtime/ucs2length.ts';
import { utf8Length } from '../src/runtime/utf8-length.ts';

const dateTime = formats['date-time']!.validate;

describe('date-time', () => {
  it.each([
    '2026-11-26T09:30:00Z',
    '2026-11-26T09:30:00.123456789Z',
    '2024-02-29T00:00:00+05:30',
    '2026-12-31t23:59:60z',
    '2000-02-29T12:00:00-00:00',
  ])('accepts %s', (value) => expect(dateTime(value)).toBe(true));

  it.each([
    '2026-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-00-10T00:00:00Z',
    '2026-11-26T24:00:00Z',
    '2026-11-26T09:30:00',
    '2026-11-26 09:30:00Z',
    '2026-11-26T09:30:00+25:00',
    '26-11-26T09:30:00Z',
  ])('rejects %s', (value) => expect(dateTime(value)).toBe(false));
});

describe('string lengths', () => {
  it.each([
    ['abc', 3, 3],
    ['é', 1, 2],
    ['€', 1, 3],
    ['🚀', 1, 4],
    ['a🚀b', 3, 6],
    ['\ud800', 1, 3],
  ])('%j has %i code points and %i UTF-8 bytes', (value, points, bytes) => {
    expect(ucs2length(value)).toBe(points);
    expect(utf8Length(value)).toBe(bytes);
    expect(utf8Length(value)).toBe(value === '\ud800' ? 3 : new TextEncoder().encode(value).length);
  });
});
