// Size of each function bundle: everything it ships (lazy chunks included) against the
// 400 KB budget, and what a cold start actually loads (entry + static chunks), gzipped.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distPath } from '@serverless-todo/lambda/template';
import { functionBundles } from '../lambda-bundles.ts';
import type { Row } from '../report.ts';

interface Output {
  readonly bytes: number;
  readonly imports: readonly { readonly path: string; readonly kind: string; readonly external?: boolean }[];
}

const KB = 1024;
// The build writes metafile paths relative to the lambda package (the parent of dist/).
const packageRoot = dirname(distPath.replace(/\/+$/, ''));

/** The outputs a cold start loads: the entry and the chunks it imports statically, transitively. */
function eager(outputs: Readonly<Record<string, Output>>, entry: string): string[] {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of outputs[file]?.imports ?? [])
      if (i.kind === 'import-statement' && !i.external) pending.push(i.path);
  }
  return [...seen];
}

/**
 * Runs the bundle-size suite (sizes, no timing: --quick changes nothing here).
 *
 * @example
 * ```ts
 * const rows = await bundleSizeSuite({ quick: true });
 * ```
 */
export async function bundleSizeSuite(_: { quick: boolean }): Promise<Row[]> {
  const rows: Row[] = [];
  for (const bundle of await functionBundles()) {
    const dir = dirname(bundle.entry);
    const { outputs } = JSON.parse(await readFile(join(dir, 'metafile.json'), 'utf8')) as {
      outputs: Record<string, Output>;
    };
    const shipped = Object.values(outputs).reduce((sum, o) => sum + o.bytes, 0);
    const entryKey = Object.keys(outputs).find((k) => k.endsWith(`${bundle.operationId}/index.mjs`));
    if (entryKey === undefined) throw new Error(`${bundle.operationId}: its metafile lists no index.mjs`);
    const loaded = await Promise.all(eager(outputs, entryKey).map((file) => readFile(join(packageRoot, file))));
    const code = Buffer.concat(loaded);
    rows.push(
      {
        suite: 'bundle size',
        name: `${bundle.operationId}: shipped, minified`,
        value: shipped / KB,
        unit: 'KB',
        budget: { op: '<=', limit: 400 },
        note: `${Object.keys(outputs).length} files, lazy chunks included`,
      },
      {
        suite: 'bundle size',
        name: `${bundle.operationId}: loaded at cold start, gzip`,
        value: gzipSync(code).length / KB,
        unit: 'KB',
        note: `${(code.length / KB).toFixed(1)} KB minified in ${loaded.length} files`,
      },
    );
  }
  return rows;
}
