import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsup';

// The contract is a private workspace package: its JS is bundled in and its types are
// inlined into our .d.ts files. tsup's `dts.resolve` cannot do the latter here: it hands
// the d.ts bundler the contract's path *through* node_modules (a pnpm symlink), so the
// contract's own relative `./generated/*.ts` imports count as an external library and leak
// into dist/*.d.ts as unresolvable paths. Mapping the contract's exports to their real
// files with `paths` makes the bundler treat them as our own source and inline them.
const CONTRACT = '@serverless-todo/contract';
const contractDir = realpathSync(join(import.meta.dirname, 'node_modules', CONTRACT));
const contractExports = JSON.parse(readFileSync(join(contractDir, 'package.json'), 'utf8')).exports as Record<
  string,
  string
>;
const contractPaths = Object.fromEntries(
  Object.entries(contractExports).map(([subpath, file]) => [CONTRACT + subpath.slice(1), [join(contractDir, file)]]),
);

export default defineConfig({
  entry: { index: 'src/index.ts', node: 'src/node.ts', browser: 'src/browser.ts' },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { paths: contractPaths } },
  noExternal: [/^@serverless-todo\/contract/],
  external: ['msw', 'msw/node', 'msw/browser'],
  target: 'es2022',
  platform: 'neutral',
  clean: true,
  treeshake: true,
  // Also for CJS (tsup's experimental CJS splitting), so the three entries share one copy of the store.
  splitting: true,
});
