// The stateful differential test: the mock and the local API, side by side in one process.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { runDifferential } from '../src/differential/differential.ts';
import { propertySettings } from '../src/property/settings.ts';
import { localTarget } from '../src/targets/local-target.ts';
import { mockTarget } from '../src/targets/mock-target.ts';

// MSW intercepts every fetch of this process; the local API's loopback requests must pass.
const mock = mockTarget({ bypassOtherOrigins: true });
const local = localTarget();
const settings = propertySettings();

describe('mock vs local API', () => {
  beforeAll(async () => {
    await Promise.all([mock.setup?.(), local.setup?.()]);
  });
  afterAll(async () => {
    await Promise.all([mock.teardown?.(), local.teardown?.()]);
  });

  it(`${settings.runs} random sequences of 6 steps (seed ${settings.seed}) get the same answers`, async () => {
    await runDifferential(mock, local, settings, { unauthenticated: true });
  });
});
