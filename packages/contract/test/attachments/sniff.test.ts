import { describe, expect, it } from 'vitest';
import { matchesDeclared, type SniffedKind, sniff } from '../../src/attachments/sniff.ts';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

const cases: [string, { given: Uint8Array; whole?: boolean; want: SniffedKind | undefined }][] = [
  ['png', { given: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), want: 'image/png' }],
  ['png signature cut short', { given: bytes([0x89, 0x50, 0x4e, 0x47]), want: undefined }],
  ['jpeg', { given: bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]), want: 'image/jpeg' }],
  ['gif87a', { given: bytes('GIF87a', [1, 0]), want: 'image/gif' }],
  ['gif89a', { given: bytes('GIF89a', [1, 0]), want: 'image/gif' }],
  ['webp', { given: bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), want: 'image/webp' }],
  ['riff that is not webp (wav)', { given: bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '), want: undefined }],
  ['pdf', { given: bytes('%PDF-1.7\n'), want: 'application/pdf' }],
  ['plain text', { given: bytes('hello\tworld\r\n'), want: 'text' }],
  ['csv', { given: bytes('a,b\n1,2\n'), want: 'text' }],
  ['utf-8 text', { given: bytes('Grüße, 東京\n'), want: 'text' }],
  ['utf-8 cut mid-character at the sample end', { given: bytes('ab', [0xe6, 0x9d]), want: 'text' }],
  ['utf-8 cut mid-character at the file end', { given: bytes('ab', [0xe6, 0x9d]), whole: true, want: undefined }],
  ['invalid utf-8', { given: bytes('ab', [0xff, 0xfe], 'cd'), want: undefined }],
  ['NUL byte', { given: bytes('ab', [0], 'cd'), want: undefined }],
  ['html doctype', { given: bytes('<!DOCTYPE html><p>x'), want: undefined }],
  ['html after whitespace', { given: bytes('  \n<html>'), want: undefined }],
  ['script tag', { given: bytes('<script>alert(1)</script>'), want: undefined }],
  ['svg', { given: bytes('<svg xmlns="http://www.w3.org/2000/svg">'), want: undefined }],
  ['text starting with a less-than word', { given: bytes('<abbreviation> is fine'), want: 'text' }],
  ['empty', { given: bytes(), want: undefined }],
  ['random binary', { given: bytes([0x00, 0x01, 0x02, 0x03]), want: undefined }],
];

describe('sniff', () => {
  it.each(cases)('%s', (_name, { given, whole, want }) => {
    expect(sniff(given, whole)).toBe(want);
  });
});

describe('matchesDeclared', () => {
  it.each([
    ['image/png', 'image/png', true],
    ['image/png', 'text', false],
    ['image/jpeg', 'image/png', false],
    ['text/plain', 'text', true],
    ['text/csv', 'text', true],
    ['text/csv', 'application/pdf', false],
    ['application/pdf', undefined, false],
  ] as const)('%s vs %s → %s', (declared, sniffed, want) => {
    expect(matchesDeclared(declared, sniffed)).toBe(want);
  });
});
