// Compares what `pnpm generate` would write with what is on disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASYNCAPI_FILE, generate, generatedOnDisk, OUT_DIR, SPEC_FILE } from './generate.ts';

/** Names of generated files that differ from a fresh generation of `specFile` and `asyncapiFile`. */
export async function staleFiles(
  specFile: string = SPEC_FILE,
  dir: string = OUT_DIR,
  asyncapiFile: string = ASYNCAPI_FILE,
): Promise<string[]> {
  const expected = await generate(specFile, asyncapiFile);
  const stale: string[] = [];
  for (const [name, content] of expected) {
    let actual: string | undefined;
    try {
      actual = readFileSync(join(dir, name), 'utf8');
    } catch {}
    if (actual !== content) stale.push(name);
  }
  // A file the spec no longer produces (a removed operation's module) is stale too.
  for (const name of generatedOnDisk(dir)) if (!expected.has(name)) stale.push(name);
  return stale;
}

/** The one-line message a stale tree gets. */
export function staleMessage(files: readonly string[]): string {
  return `Generated contract files are stale for openapi.yaml or asyncapi.yaml (${files.join(', ')}): run \`pnpm generate\`.`;
}
