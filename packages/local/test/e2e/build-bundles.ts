// Global setup of the end-to-end tests: they run the real Lambda bundles, so build them
// first if they are missing or stale (what `pnpm start` does too).
import { ensureBundles } from '../../src/build/ensure-bundles.ts';

export default async function setup(): Promise<void> {
  await ensureBundles((line) => console.log(`[e2e setup] ${line}`));
}
