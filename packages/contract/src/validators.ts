// The precompiled validators themselves, for benchmarks and tools that check one schema.
export { requestSpecs } from './generated/request-specs.ts';
export type { RequestSpec } from './runtime/request-spec.ts';
export type { ValidateFunction, ValidationError } from './runtime/validate-function.ts';
