// The realtime scenarios (src/scenarios/realtime-*.ts) on both targets that serve the
// realtime API: the mock (MSW's ws.link) and the local API (template.yaml's WebSocket API,
// its authorizer and the stream fan-out, as the real functions). A scenario a target cannot
// run says why, in the output, and shows as skipped.
import { afterAll, beforeAll, describe } from 'vitest';
import { defineRealtimeScenarios } from '../src/define-suite.ts';
import { localTarget } from '../src/targets/local-target.ts';
import { mockTarget } from '../src/targets/mock-target.ts';

for (const target of [mockTarget({ realtime: true }), localTarget()]) {
  describe(`on the ${target.name}`, () => {
    beforeAll(() => target.setup?.(), 120_000);
    afterAll(() => target.teardown?.());
    defineRealtimeScenarios(target);
  });
}
