import { inlineContract } from '@serverless-todo/contract/inline';
import { defineConfig } from 'tsup';

// The contract is private and never published: inlineContract bundles its code and inlines
// its types, so a user installs only this package.
export default defineConfig({
  entry: { index: 'src/index.ts', attachments: 'src/attachments/index.ts' },
  format: ['esm', 'cjs'],
  ...inlineContract(),
  target: 'es2022',
  platform: 'neutral',
  external: ['openapi-fetch'],
  clean: true,
  sourcemap: true,
  splitting: false,
  treeshake: true,
});
