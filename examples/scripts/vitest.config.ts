import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each end-to-end file starts its own local API; on two cores, one file at a time keeps
    // the 1,000-task imports from starving the others.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
