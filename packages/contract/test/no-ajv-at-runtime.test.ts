import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const SRC = join(import.meta.dirname, '../src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

describe('the runtime', () => {
  it('imports nothing from ajv and has no require()', () => {
    for (const file of files(SRC)) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/from ['"]ajv|require\(/);
    }
  });

  it('validates without ever loading ajv', async () => {
    vi.doMock('ajv', () => {
      throw new Error('ajv was loaded at run time');
    });
    vi.doMock('ajv/dist/2020.js', () => {
      throw new Error('ajv was loaded at run time');
    });
    const { validateRequest } = await import('../src/index.ts');
    const result = validateRequest('listTasks', { pathParameters: { user_id: 'u1' }, query: { limit: '3' } });
    expect(result.ok).toBe(true);
    vi.doUnmock('ajv');
    vi.doUnmock('ajv/dist/2020.js');
  });
});
