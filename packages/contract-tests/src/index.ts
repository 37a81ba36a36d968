export { defineRealtimeScenarios, defineSuite, type SuiteOptions } from './define-suite.ts';
export {
  type DifferentialOptions,
  differentialProperty,
  runDifferential,
  runSequence,
} from './differential/differential.ts';
export {
  ConfigurationError,
  ContractViolationError,
  DivergenceError,
  GeneratorError,
  RequestFailedError,
  UnexpectedResponseError,
} from './errors.ts';
export { ApiClient, type ApiRequest, type Exchange, type RecordedRequest } from './http/api-client.ts';
export { expectEqual, expectProblem, expectStatus, expectThat, type Subject } from './http/expect.ts';
export { validationOf } from './http/oracle.ts';
export { defineProperties } from './property/define-properties.ts';
export { DEFAULT_RUNS, DEFAULT_SEED, type PropertySettings, propertySettings } from './property/settings.ts';
export { SCENARIOS } from './scenarios/registry.ts';
export type { Scenario, ScenarioFn } from './scenarios/scenario.ts';
export type { RealtimeEndpoint, Target } from './target.ts';
export { type DeployedTargetConfig, deployedTargetFromEnv } from './targets/deployed-target.ts';
export { type LocalTargetOptions, localTarget } from './targets/local-target.ts';
export { MOCK_BASE_URL, type MockTargetOptions, mockTarget } from './targets/mock-target.ts';
