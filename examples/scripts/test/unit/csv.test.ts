import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvRecord } from '../../src/export/csv.ts';

describe('csvRecord', () => {
  it.each([
    ['plain fields', ['a', 'b'], 'a,b\r\n'],
    ['a comma', ['a,b'], '"a,b"\r\n'],
    ['quotes', ['say "hi"'], '"say ""hi"""\r\n'],
    ['a line break', ['1\n2'], '"1\n2"\r\n'],
    ['edge spaces', [' x '], '" x "\r\n'],
    ['null, undefined and numbers', [null, undefined, 3], ',,3\r\n'],
  ])('%s', (_name, values, want) => {
    expect(csvRecord(values)).toBe(want);
  });

  it('round-trips through csv-parse', () => {
    const rows = [
      ['title', 'description'],
      ['Budget: 3,000 €', 'The "quick" one\r\nand a second line'],
      ['  spaced  ', '日本語 ✅'],
      ['', ''],
    ];
    expect(parse(rows.map(csvRecord).join(''))).toEqual(rows);
  });
});
