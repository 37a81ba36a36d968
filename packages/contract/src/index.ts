export { attachmentLimits } from './generated/limits.ts';
export type { components, operations as OperationTypes, paths } from './generated/openapi-types.ts';
export { type OperationId, operations } from './generated/operations.ts';
export type * from './generated/schemas.ts';
export {
  PROBLEM_CONTENT_TYPE,
  PROBLEM_KINDS,
  PROBLEM_TYPE_BASE,
  type ProblemDetails,
  type ProblemStatus,
  problem,
} from './problems.ts';
export { allowedMethods, matchRoute, type RouteMatch } from './route.ts';
export type { OperationInfo, ResponseInfo } from './runtime/operation-info.ts';
export type { RequestSpec } from './runtime/request-spec.ts';
export type { ValidateFunction, ValidationError } from './runtime/validate-function.ts';
export { validateRequest } from './validate-operation.ts';
export {
  checkRequest,
  type RawRequest,
  type ValidationResult,
  type ValidRequest,
} from './validate-request.ts';
