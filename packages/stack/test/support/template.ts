// Writes small templates for the tests, each into its own temp file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'stack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;

/**
 * Writes `lines` as a template file and returns its path.
 *
 * @example
 * ```ts
 * const file = templateFile(['Resources:', '  T:', '    Type: AWS::DynamoDB::Table']);
 * ```
 */
export function templateFile(lines: readonly string[]): string {
  count += 1;
  const file = join(dir, `template-${count}.yaml`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
