import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds the mock's dist and the Lambda bundles when they are missing or stale.
    globalSetup: ['test/global-setup.ts'],
    // Scenarios and properties make hundreds to thousands of requests each.
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
