// The precompiled validators themselves, for benchmarks and tools that check one schema.
export { bodyValidators } from './generated/body-validators.ts';
export { parameterValidators } from './generated/parameter-validators.ts';
export type { ValidateFunction, ValidationError } from './runtime/validate-function.ts';
