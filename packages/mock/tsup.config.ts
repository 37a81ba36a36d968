import { inlineContract } from '@serverless-todo/contract/inline';
import { defineConfig } from 'tsup';

// The contract is a private workspace package: inlineContract bundles its code and inlines its
// types into our .d.ts files, the same way as the client does.
export default defineConfig({
  entry: { index: 'src/index.ts', node: 'src/node.ts', browser: 'src/browser.ts' },
  format: ['esm', 'cjs'],
  ...inlineContract(),
  external: ['msw', 'msw/node', 'msw/browser'],
  target: 'es2022',
  platform: 'neutral',
  clean: true,
  treeshake: true,
  // Also for CJS (tsup's experimental CJS splitting), so the three entries share one copy of the store.
  splitting: true,
});
