// CI runs `pnpm bench --quick` so the benchmarks cannot rot. It checks that every suite runs
// and writes well-formed results, never the timings (those are noisy by nature here).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const SUITES = [
  'contract',
  'cold start',
  'bundle size',
  'data layer',
  'list scaling',
  'local API',
  'local streams',
  'realtime',
  'readiness',
  'client',
  'client size',
  'attachments',
];

it('pnpm bench --quick runs every suite and writes valid results', () => {
  const out = mkdtempSync(join(tmpdir(), 'bench-'));
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/run.ts', '--quick'], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, BENCH_OUT_DIR: out },
    encoding: 'utf8',
    timeout: 300_000,
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  const results = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8'));
  expect(results.crashed).toEqual([]);
  expect(new Set(results.rows.map((r: { suite: string }) => r.suite))).toEqual(new Set(SUITES));
  for (const row of results.rows) {
    expect(Number.isFinite(row.value), JSON.stringify(row)).toBe(true);
    expect(['PASS', 'MISS', 'info']).toContain(row.verdict);
    if (row.budget) expect(['PASS', 'MISS']).toContain(row.verdict);
  }
  const doc = readFileSync(join(out, 'performance.md'), 'utf8');
  expect(doc).toMatch(/## How to read this/);
  expect(doc).toMatch(/\| suite \| measure \| result \|/);
}, 320_000);

it('rejects an unknown flag with one line and exit 2', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/run.ts', '--fast'], {
    cwd: join(import.meta.dirname, '..'),
    encoding: 'utf8',
  });
  expect(run.status).toBe(2);
  expect(run.stderr.trim().split('\n')).toEqual(['error: unknown flag --fast; usage: pnpm bench [--quick]']);
});
