// Starts the local API on the fixture stack (test/fixtures/template.yaml), in memory, on a
// free port, with its data (signing key, generated parameters) in a temp directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalApi, type LocalApiOptions, startLocalApi } from '../../src/index.ts';

export const FIXTURE_TEMPLATE = join(import.meta.dirname, '../fixtures/template.yaml');

/** A temp directory removed by the returned cleanup. */
export function tempDir(prefix = 'local-api-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A running fixture API whose stop() also removes its temp data. */
export async function startFixtureApi(options: LocalApiOptions = {}): Promise<LocalApi & { lines: string[] }> {
  const { dir, remove } = tempDir();
  const lines: string[] = [];
  const api = await startLocalApi({
    port: 0,
    memory: true,
    dataDir: dir,
    templatePath: FIXTURE_TEMPLATE,
    logger: (line) => lines.push(line),
    ...options,
  });
  return Object.assign(Object.create(api) as LocalApi, api, {
    lines,
    stop: async () => {
      await api.stop();
      remove();
    },
  });
}
