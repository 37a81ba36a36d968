// Validation by operationId, for callers that serve every operation (the mocks, tools).
// A Lambda function imports its own operation's spec and calls checkRequest instead.
import type { OperationId } from './generated/operations.ts';
import { requestSpecs } from './generated/request-specs.ts';
import type { RequestSpec } from './runtime/request-spec.ts';
import { checkRequest, type RawRequest, type ValidationResult } from './validate-request.ts';

/**
 * Validates a request against the operation named `operationId` (see {@link checkRequest}).
 *
 * @example
 * ```ts
 * const result = validateRequest('createTask', {
 *   pathParameters: { user_id: 'user123' },
 *   headers: { 'content-type': 'application/json' },
 *   body: '{"title":"Learn AWS Lambda"}',
 * });
 * if (result.ok) result.value.body.status; // 'pending' (the default)
 * ```
 */
export function validateRequest<Op extends OperationId>(operationId: Op, request: RawRequest): ValidationResult<Op> {
  const spec = (requestSpecs as unknown as Record<string, RequestSpec<Op> | undefined>)[operationId];
  if (!spec) throw new Error(`unknown operationId ${operationId}`);
  return checkRequest(spec, request);
}
