// The size budget of what this package adds to an app: its ESM entry, minified and gzipped,
// without its peers (the SDK and query-core, which the app has anyway). Needs dist/.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

it('stays within 2 KB min+gzip, the SDK and query-core not counted', async () => {
  const result = await build({
    entryPoints: [new URL('../dist/index.js', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    external: ['@serverless-todo/client', '@tanstack/query-core'],
    write: false,
    logLevel: 'silent',
  });
  const gzip = gzipSync(result.outputFiles[0]!.contents).length;
  expect(gzip).toBeGreaterThan(500); // the real entry, not an empty stub
  expect(gzip).toBeLessThanOrEqual(2048);
});
