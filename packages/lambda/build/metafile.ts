import { relative } from 'node:path';
import type { Metafile } from 'esbuild';

/**
 * The output files a cold start loads: the entry and, transitively, the chunks it imports
 * statically (not those behind a dynamic import()). Paths as the metafile spells them.
 *
 * @example
 * ```ts
 * eagerOutputs(metafile, '/pkg/dist/createTask/index.mjs', '/pkg'); // ['dist/createTask/index.mjs', 'dist/createTask/chunks/…']
 * ```
 */
export function eagerOutputs(metafile: Metafile, entryFile: string, workingDir: string): string[] {
  const entry = relative(workingDir, entryFile).split('\\').join('/');
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) pending.push(imported.path);
    }
  }
  return [...seen];
}
