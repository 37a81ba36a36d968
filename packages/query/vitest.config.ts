import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // The packed-install test runs pnpm pack, npm install and tsc in a scratch project.
    testTimeout: 30_000,
  },
});
