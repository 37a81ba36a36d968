// The stateful differential test: the mock and the local API, side by side in one process,
// first on their REST answers alone, then with their event streams compared as well.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDifferential } from '../src/differential/differential.ts';
import { propertySettings } from '../src/property/settings.ts';
import { localTarget } from '../src/targets/local-target.ts';
import { mockTarget } from '../src/targets/mock-target.ts';

// MSW intercepts every fetch of this process; the local API's loopback requests must pass.
const mock = mockTarget({ bypassOtherOrigins: true, realtime: true });
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

  it(`${settings.eventRuns} of them also send the same events, per user and per item (seed ${settings.seed})`, async () => {
    const tally: Record<string, number> = {};
    await runDifferential(
      mock,
      local,
      { ...settings, runs: settings.eventRuns },
      { unauthenticated: true, events: true, eventTally: tally },
    );
    console.log(`[mock vs local] event streams agreed; events compared per side: ${JSON.stringify(tally)}`);
    // Not vacuous: the sequences made every kind of change the steps can make, and it was heard.
    const types = ['task.created', 'task.updated', 'task.deleted', 'attachment.created', 'attachment.updated'];
    for (const type of [...types, 'attachment.deleted']) {
      expect(tally[type] ?? 0, type).toBeGreaterThan(0);
    }
  });
});
