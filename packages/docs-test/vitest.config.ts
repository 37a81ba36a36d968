import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The documented commands share one local API and the repository root: one file at a time.
    fileParallelism: false,
    // Every command has its own timeout (src/run-command.ts); this bounds a whole README.
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
