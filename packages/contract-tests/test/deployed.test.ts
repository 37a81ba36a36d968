// Target 3: a deployed API, when API_URL and tokens are set (see the README), and its
// realtime API when API_REALTIME_URL is too. Otherwise the target is skipped and the output
// says why; under `pnpm test:deployed` a missing configuration is an error instead, so that
// command can never pass without testing.
import { describe, it } from 'vitest';
import { defineRealtimeScenarios, defineSuite } from '../src/define-suite.ts';
import { ConfigurationError } from '../src/errors.ts';
import { deployedTargetFromEnv, NO_REALTIME_REASON } from '../src/targets/deployed-target.ts';

const config = deployedTargetFromEnv();
const skipReason = 'skipReason' in config ? config.skipReason : undefined;
if (skipReason !== undefined && process.env.npm_lifecycle_event === 'test:deployed') {
  throw new ConfigurationError(skipReason);
}
if (skipReason !== undefined) console.warn(skipReason);

describe.skipIf(skipReason !== undefined)(skipReason ?? 'deployed API', () => {
  if ('target' in config) {
    defineSuite(config.target);
    const { target } = config;
    if (target.realtime) describe('deployed realtime API', () => defineRealtimeScenarios(target));
    else console.warn(`deployed realtime scenarios skipped: ${NO_REALTIME_REASON}`);
  } else
    it('needs API_URL and tokens', () => {
      throw new ConfigurationError(skipReason ?? 'not configured');
    });
});
