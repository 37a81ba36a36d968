// Target 2: the local API on port 0, in memory, running the real Lambda bundles.
import { defineSuite } from '../src/define-suite.ts';
import { localTarget } from '../src/targets/local-target.ts';

defineSuite(localTarget());
