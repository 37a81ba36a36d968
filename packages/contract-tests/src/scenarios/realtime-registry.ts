// The realtime scenarios (asyncapi.yaml), run on every target that serves the realtime API.

import type { Target } from '../target.ts';
import { everyChangeHeardByItsOwner } from './realtime-events.ts';
import { type BadToken, badTokenRefused, badTokenUnsupported } from './realtime-tokens.ts';
import type { Scenario } from './scenario.ts';

/** A realtime scenario, and why a target cannot run it (undefined: it can). */
export interface RealtimeScenario extends Scenario {
  unsupported(target: Target): string | undefined;
}

const always = () => undefined;
const badTokens: readonly [BadToken, string][] = [
  ['missing', 'no token'],
  ['expired', 'an expired token'],
  ['forged', 'a forged token (its signature altered)'],
];

/** Every realtime scenario, in the order the suite runs them. */
export const REALTIME_SCENARIOS: readonly RealtimeScenario[] = [
  {
    name: 'every REST change, attachments and a cascade included: one event per owner socket, as the REST answer; none for another user',
    run: everyChangeHeardByItsOwner,
    unsupported: always,
  },
  ...badTokens.map(([kind, what]) => ({
    name: `${what}: the upgrade is refused (401) and the socket hears nothing`,
    run: badTokenRefused(kind),
    unsupported: (target: Target) => badTokenUnsupported(target, kind),
  })),
];
