// Bundles a module into one ESM file the way the Lambda build does, for cold-start runs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const workDir = mkdtempSync(join(tmpdir(), 'bench-'));

/** Bundles `source` (module text, resolved from `resolveDir`) to a minified .mjs; returns its path. */
export async function bundleModule(name: string, source: string, resolveDir: string): Promise<string> {
  const outfile = join(workDir, `${name}.mjs`);
  await build({
    stdin: { contents: source, resolveDir, sourcefile: `${name}.ts`, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'silent',
  });
  return outfile;
}

/** Writes a JSON file into the bench work directory; returns its path. */
export function writeJson(name: string, value: unknown): string {
  const file = join(workDir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}
