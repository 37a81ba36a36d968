import { defineConfig } from 'vitest/config';

// Three projects: the gateway (with S3 and schedules) and stream tests run on small fixture functions
// (test/fixtures); the end-to-end tests run the real Lambda bundles, built first by the
// global setup.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'gateway',
          include: ['test/gateway/**/*.test.ts', 'test/s3/**/*.test.ts', 'test/schedules/**/*.test.ts'],
        },
      },
      { extends: true, test: { name: 'streams', include: ['test/streams/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/build-bundles.ts'] },
      },
    ],
  },
});
