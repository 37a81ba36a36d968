import { expect, test } from 'vitest';
import { etagOf, expectedVersion } from '../../src/http/etag.ts';

test.each([
  ['"3"', 3],
  ['W/"3"', 3],
  ['"999999999999999"', 999_999_999_999_999],
  ['*', undefined],
  [undefined, undefined],
])('If-Match %s requires version %s', (header, want) => {
  expect(expectedVersion(header)).toBe(want);
});

test('the ETag of a version is its strong quoted form, and reads back as that version', () => {
  for (const version of [1, 2, 42]) expect(expectedVersion(etagOf(version))).toBe(version);
  expect(etagOf(7)).toBe('"7"');
});
