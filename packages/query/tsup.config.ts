import { defineConfig } from 'tsup';

// Both peers stay external: the app owns one copy of query-core (its QueryClient) and one of
// the SDK (whose TodoApiError brand this package checks), and the size budget excludes them.
export default defineConfig({
  entry: { index: 'src/index.ts', realtime: 'src/realtime/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['@serverless-todo/client', '@tanstack/query-core'],
  clean: true,
  sourcemap: true,
  splitting: false,
  treeshake: true,
});
