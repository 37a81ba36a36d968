import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { generateSample, SAMPLE_PATH, SAMPLE_SIZE } from '../../tools/generate-sample.ts';

describe('data/sample-tasks.csv', () => {
  const text = readFileSync(SAMPLE_PATH, 'utf8');
  const rows = parse(text, { columns: true }) as Record<string, string>[];

  it('is what tools/generate-sample.ts writes (else run `npx pnpm --filter @example/scripts run sample`)', () => {
    expect(text).toBe(generateSample());
  });

  it('holds 1,000 tasks with the fields an importer must survive', () => {
    expect(rows).toHaveLength(SAMPLE_SIZE);
    expect(Object.keys(rows[0] ?? {})).toEqual(['title', 'description', 'status', 'due_date']);
    const descriptions = rows.map((r) => r.description ?? '');
    expect(descriptions.some((d) => d.includes('\n'))).toBe(true);
    expect(descriptions.some((d) => d.includes('"'))).toBe(true);
    expect(descriptions.some((d) => d.includes(','))).toBe(true);
    expect(rows.some((r) => r.due_date === '')).toBe(true);
    expect(new Set(rows.map((r) => JSON.stringify(r))).size).toBeLessThan(SAMPLE_SIZE); // exact repeats
  });
});
