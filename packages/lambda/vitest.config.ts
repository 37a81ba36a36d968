import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // dynalite and the SDK's real retry backoff need more than the 5 s default on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
