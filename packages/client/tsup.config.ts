import { createRequire } from 'node:module';
import { defineConfig } from 'tsup';

// The contract is private and never published, so its types are inlined into our .d.ts and a
// user installs only this package (toolchain.md, pitfall 5). tsup's `dts.resolve` cannot do it
// here: it reaches the contract through node_modules, TypeScript then treats the contract's
// files as an external library and emits no declarations for them, and its `./x.ts` imports
// stay in the output. Mapping the package name to its resolved real path makes them ordinary
// sources of the declaration build. The path comes from the package's own exports map.
const contractEntry = createRequire(import.meta.url).resolve('@serverless-todo/contract');

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { paths: { '@serverless-todo/contract': [contractEntry] } } },
  target: 'es2022',
  platform: 'neutral',
  external: ['openapi-fetch'],
  clean: true,
  sourcemap: true,
  splitting: false,
  treeshake: true,
});
