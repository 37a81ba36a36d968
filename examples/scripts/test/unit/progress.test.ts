import { describe, expect, it } from 'vitest';
import { createProgress, type Tally } from '../../src/import/progress.ts';

const run = (isTTY: boolean, total: number) => {
  let text = '';
  const progress = createProgress({ write: (s: string) => (text += s), isTTY, columns: 100 });
  const tally: Tally = { total, created: 0, replayed: 0, failed: 0 };
  for (let i = 0; i < total; i++) {
    if (i % 7 === 3) tally.failed++;
    else tally.created++;
    progress.update(tally);
  }
  progress.finish(tally);
  return text;
};

describe('createProgress', () => {
  it('prints a plain line per tenth when not on a terminal, and the total at the end', () => {
    const lines = run(false, 25).trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines.every((line) => line.startsWith('progress: '))).toBe(true);
    expect(lines.at(-1)).toBe('progress: 25/25 (created 21 · replayed 0 · failed 4)');
  });

  it('redraws one bar in place on a terminal and ends it with a newline', () => {
    const text = run(true, 25);
    expect(text).not.toContain('progress:');
    expect(text.endsWith('25/25  created 21 · replayed 0 · failed 4\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(2);
    expect(text).toContain('\r\x1b[2K█');
  });

  it('copes with an empty file', () => {
    expect(run(false, 0)).toBe('progress: 0/0 (created 0 · replayed 0 · failed 0)\n');
  });
});
