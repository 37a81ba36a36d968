// Target 2: the local API on port 0, in memory, running the real Lambda bundles.
import { defineSuite } from '../src/define-suite.ts';
import { localTarget } from '../src/targets/local-target.ts';

defineSuite(localTarget(), {
  knownFailures: {
    missingOrBadToken:
      "the gateway's 401 has no X-Request-Id header, which openapi.yaml documents on every 401 (template.yaml's GatewayResponses set none; the local gateway copies them)",
  },
});
