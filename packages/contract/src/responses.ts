// Response conformance: what tests use to prove that every response they see is one the
// contract documents. Kept apart from the index so Lambda bundles never load it.
import { type OperationId, operations } from './generated/operations.ts';
import { responseValidators } from './generated/response-validators.ts';
import type { ResponseInfo } from './runtime/operation-info.ts';

/** A response as a test saw it. Header names in any case. */
export interface ObservedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | undefined>> | Headers;
  /** The parsed JSON body, or undefined when there was none. */
  readonly body: unknown;
}

const headerOf = (headers: ObservedResponse['headers'], name: string) => {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === lower) return value;
  return undefined;
};

/**
 * Lists how a response departs from the contract: an undocumented status, content type or
 * body shape, or a missing header that the spec marks `required`. Empty means it conforms.
 *
 * @example
 * ```ts
 * const problems = conformanceErrors('getTask', { status: 200, headers, body });
 * expect(problems).toEqual([]);
 * ```
 */
export function conformanceErrors(operationId: OperationId, response: ObservedResponse): string[] {
  const documented = operations[operationId].responses as Record<number, ResponseInfo>;
  const spec = documented[response.status];
  if (!spec) return [`status ${response.status} is not documented for ${operationId}`];
  const errors: string[] = [];
  const contentType = headerOf(response.headers, 'content-type')?.split(';')[0]?.trim();
  if (spec.contentType === null) {
    if (response.body !== undefined && response.body !== '') errors.push(`status ${response.status} must have no body`);
  } else if (contentType !== spec.contentType) {
    errors.push(`content type is ${contentType ?? 'missing'}, documented: ${spec.contentType}`);
  }
  for (const name of spec.requiredHeaders) {
    if (headerOf(response.headers, name) === undefined) errors.push(`header ${name} is missing`);
  }
  if (spec.contentType !== null) {
    const validate = responseValidators[`${operationId} ${response.status} ${spec.contentType}`];
    if (validate && !validate(response.body)) {
      for (const e of validate.errors ?? []) {
        errors.push(`body${e.instancePath || ''} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
      }
    }
    if (spec.contentType === 'application/problem+json') {
      const status = (response.body as { status?: unknown } | undefined)?.status;
      if (status !== response.status)
        errors.push(`problem status ${String(status)} differs from HTTP ${response.status}`);
    }
  }
  return errors;
}

/**
 * Throws a readable error when a response departs from the contract.
 *
 * @example
 * ```ts
 * assertConforms('listTasks', { status: res.status, headers: res.headers, body: await res.json() }, 'GET /users/u1/tasks');
 * ```
 */
export function assertConforms(operationId: OperationId, response: ObservedResponse, request = ''): void {
  const errors = conformanceErrors(operationId, response);
  if (errors.length > 0) {
    throw new Error(
      `${operationId}${request ? ` (${request})` : ''} → ${response.status} departs from openapi.yaml:\n  - ${errors.join('\n  - ')}\n  body: ${JSON.stringify(response.body)?.slice(0, 500)}`,
    );
  }
}

export { responseValidators };
