// Size of each function bundle: everything it ships (lazy chunks included) against the
// 400 KB budget, and what a cold start actually loads (entry + static chunks), gzipped.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { eagerOutputs, packageRoot } from '@serverless-todo/lambda/build';
import type { Metafile } from 'esbuild';
import { functionBundles } from '../lambda-bundles.ts';
import type { Row } from '../report.ts';

const KB = 1024;

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
    const metafile = JSON.parse(await readFile(join(dir, 'metafile.json'), 'utf8')) as Metafile;
    const { outputs } = metafile;
    const shipped = Object.values(outputs).reduce((sum, o) => sum + o.bytes, 0);
    const eager = eagerOutputs(metafile, bundle.entry, packageRoot);
    if (!outputs[eager[0] as string]) throw new Error(`${bundle.logicalId}: its metafile lists no ${eager[0]}`);
    const loaded = await Promise.all(eager.map((file) => readFile(join(packageRoot, file))));
    const code = Buffer.concat(loaded);
    rows.push(
      {
        suite: 'bundle size',
        name: `${bundle.logicalId}: shipped, minified`,
        value: shipped / KB,
        unit: 'KB',
        budget: { op: '<=', limit: 400 },
        note: `${Object.keys(outputs).length} files, lazy chunks included`,
      },
      {
        suite: 'bundle size',
        name: `${bundle.logicalId}: loaded at cold start, gzip`,
        value: gzipSync(code).length / KB,
        unit: 'KB',
        note: `${(code.length / KB).toFixed(1)} KB minified in ${loaded.length} files`,
      },
    );
  }
  return rows;
}
