// Target 1: the MSW mock, in-process.
import { defineSuite } from '../src/define-suite.ts';
import { mockTarget } from '../src/targets/mock-target.ts';

defineSuite(mockTarget());
