import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleFiles, staleMessage } from '../scripts/check-fresh.ts';
import { generatedOnDisk, OUT_DIR, SPEC_FILE } from '../scripts/generate.ts';

const GENERATE = join(import.meta.dirname, '../scripts/generate.ts');
const TSX = join(import.meta.dirname, '../node_modules/.bin/tsx');

const specCopy = (edit: (text: string) => string) => {
  const dir = mkdtempSync(join(tmpdir(), 'spec-'));
  const file = join(dir, 'openapi.yaml');
  writeFileSync(file, edit(readFileSync(SPEC_FILE, 'utf8')));
  return file;
};

const snapshot = () =>
  Object.fromEntries(
    generatedOnDisk().map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(join(OUT_DIR, name)))
        .digest('hex'),
    ]),
  );

describe('generated files', () => {
  it('match openapi.yaml', async () => {
    const stale = await staleFiles();
    // The message is the assertion's text, so a stale tree tells the reader what to run.
    expect(stale, staleMessage(stale)).toEqual([]);
  });

  it('are reported stale, naming pnpm generate, when a maxLength changes without regenerating', async () => {
    const edited = specCopy((t) =>
      t.replace('maxLength: 200\n      pattern: "\\\\S"', 'maxLength: 150\n      pattern: "\\\\S"'),
    );
    expect(readFileSync(edited, 'utf8')).toContain('maxLength: 150');
    const stale = await staleFiles(edited);
    expect(stale).toContain('requests/createTask.ts');
    expect(staleMessage(stale)).toMatch(/run `pnpm generate`/);
  });
});

describe('pnpm generate on a malformed spec', () => {
  const cases: [string, (t: string) => string, RegExp][] = [
    [
      'a YAML syntax error',
      (t) => t.replace('  /hello:\n', '  /hello:\n   bad: [unclosed\n'),
      /openapi\.yaml:\d+:\d+: /,
    ],
    [
      'a dangling $ref',
      (t) => t.replace('"#/components/schemas/TaskUpdate"', '"#/components/schemas/Nope"'),
      /openapi\.yaml:\d+:\d+: \$ref "#\/components\/schemas\/Nope" points at nothing/,
    ],
    [
      'a missing operationId',
      (t) => t.replace('      operationId: getTask\n', ''),
      /openapi\.yaml:\d+:\d+: GET \/users\/\{user_id\}\/tasks\/\{task_id\}: an operationId is required/,
    ],
    [
      'a pattern without words for it',
      (t) => t.replace('      x-pattern-message: must contain a non-whitespace character\n', ''),
      /openapi\.yaml:\d+:\d+: a pattern needs an x-pattern-message that starts with "must "/,
    ],
    [
      'a duplicate key',
      (t) => t.replace('openapi: 3.1.0\n', 'openapi: 3.1.0\nopenapi: 3.1.0\n'),
      /openapi\.yaml:2:1: .*[Mm]ap keys must be unique/,
    ],
  ];

  it.each(cases)('fails on %s with file, location and reason, and writes nothing', (_name, edit, reason) => {
    const before = snapshot();
    const result = spawnSync(TSX, [GENERATE, specCopy(edit)], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^pnpm generate failed: /);
    expect(lines[0]).toMatch(reason);
    expect(snapshot()).toEqual(before);
  });

  it('succeeds on the real spec (sanity check of the same command)', () => {
    const before = snapshot();
    execFileSync(TSX, [GENERATE], { encoding: 'utf8' });
    expect(snapshot()).toEqual(before);
  });
});
