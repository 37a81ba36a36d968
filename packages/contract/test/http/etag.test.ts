import { describe, expect, it } from 'vitest';
import { etagOf, expectedVersion } from '../../src/http/index.ts';

describe('expectedVersion', () => {
  it.each([
    ['a strong tag', { given: '"3"', want: 3 }],
    ['a weak tag, compared by its version', { given: 'W/"3"', want: 3 }],
    ['surrounding whitespace', { given: ' "4" ', want: 4 }],
    ['the largest version the contract allows', { given: '"999999999999999"', want: 999_999_999_999_999 }],
    ['any version', { given: '*', want: undefined }],
    ['no header', { given: undefined, want: undefined }],
    ['an unquoted number', { given: '3', want: undefined }],
    ['a tag that is not a version', { given: '"abc"', want: undefined }],
  ] as const)('%s', (_name, { given, want }) => {
    expect(expectedVersion(given)).toBe(want);
  });
});

describe('etagOf', () => {
  it.each([
    [1, '"1"'],
    [42, '"42"'],
  ])('version %i is the strong tag %s, and reads back as that version', (version, tag) => {
    expect(etagOf(version)).toBe(tag);
    expect(expectedVersion(etagOf(version))).toBe(version);
  });
});
