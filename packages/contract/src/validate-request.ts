// The request check shared by the Lambda handlers and the mocks, so both reject the same
// input with the same status, problem and pointers. It takes one operation's generated
// RequestSpec; nothing here imports every operation's validators.
import type { OperationId, operations } from './generated/operations.ts';
import type { Problem, ProblemFieldError } from './generated/schemas.ts';
import type { operations as ValidatedOperations } from './generated/validated-types.ts';
import { problem } from './problems.ts';
import { errorSentence, firstToFix } from './runtime/error-sentences.ts';
import type { RequestSpec } from './runtime/request-spec.ts';
import { utf8Length } from './runtime/utf8-length.ts';
import type { ValidationError } from './runtime/validate-function.ts';

type StringMap = Readonly<Record<string, string | undefined>> | null | undefined;

/** A request as it arrives: raw strings, as API Gateway or fetch hand them over. */
export interface RawRequest {
  readonly pathParameters?: StringMap;
  readonly query?: StringMap;
  /** Any case; matched case-insensitively. */
  readonly headers?: StringMap;
  /** The raw body text (already base64-decoded), or null/undefined when there is none. */
  readonly body?: string | null;
}

type Parameters<Op extends OperationId> = ValidatedOperations[Op]['parameters'];
type Body<Op extends OperationId> = ValidatedOperations[Op] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : undefined;

type Query<Op extends OperationId> = NonNullable<Parameters<Op>['query']>;
type Defaulted<Op extends OperationId> = keyof (typeof operations)[Op]['queryDefaults'] & keyof Query<Op>;

/** A request that passed validation: typed, with query strings coerced and defaults filled in. */
export interface ValidRequest<Op extends OperationId> {
  readonly path: NonNullable<Parameters<Op>['path']>;
  readonly query: Omit<Query<Op>, Defaulted<Op>> & { readonly [K in Defaulted<Op>]-?: NonNullable<Query<Op>[K]> };
  /** Declared headers only, keyed in lower case. */
  readonly headers: { readonly [K in keyof NonNullable<Parameters<Op>['header']> as Lowercase<K & string>]?: string };
  readonly body: Body<Op>;
}

/** Either the valid request or the Problem (400, 413 or 415) that rejects it. */
export type ValidationResult<Op extends OperationId> =
  | { readonly ok: true; readonly value: ValidRequest<Op> }
  | { readonly ok: false; readonly problem: Problem };

const escapeToken = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** The pointer of the offending field itself (ajv points at the parent of a missing or unknown key). */
function pointerOf(e: ValidationError): string {
  if (e.keyword === 'required') return `${e.instancePath}/${escapeToken(String(e.params.missingProperty))}`;
  if (e.keyword === 'additionalProperties') {
    return `${e.instancePath}/${escapeToken(String(e.params.additionalProperty))}`;
  }
  return e.instancePath;
}

/** Turns ajv errors into `{ pointer, detail }`: one error per field, worded for a user. */
function fieldErrors(errors: readonly ValidationError[] | null | undefined): ProblemFieldError[] {
  const chosen = new Map<string, ValidationError>();
  for (const e of errors ?? []) {
    const pointer = pointerOf(e);
    const known = chosen.get(pointer);
    chosen.set(pointer, known === undefined ? e : firstToFix(known, e));
  }
  return [...chosen].map(([pointer, e]) => ({ pointer, detail: errorSentence(e) }));
}

/** Copies only own string values, so `__proto__` and friends arrive as plain keys. */
function plain(map: StringMap, lowerKeys = false): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  if (!map) return out;
  for (const key of Object.keys(map)) {
    const value = map[key];
    if (typeof value === 'string') out[lowerKeys ? key.toLowerCase() : key] = value;
  }
  return out;
}

const invalid = (errors: ProblemFieldError[]): { ok: false; problem: Problem } => ({
  ok: false,
  problem: problem(400, {
    detail: `The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}.`,
    errors,
  }),
});

/** `application/json; charset=utf-8` → `application/json`. */
const mediaType = (header: string | undefined) => header?.split(';')[0]?.trim().toLowerCase();

/**
 * Validates a request against its operation in openapi.yaml: path parameters, query
 * (strings coerced to the declared types, defaults applied), headers, content type, size and
 * body. Never throws on bad input.
 *
 * @example
 * ```ts
 * import { createTask } from '@serverless-todo/contract/requests/createTask';
 * const result = checkRequest(createTask, {
 *   pathParameters: { user_id: 'user123' },
 *   headers: { 'content-type': 'application/json' },
 *   body: '{"title":"Learn AWS Lambda"}',
 * });
 * if (result.ok) result.value.body.status; // 'pending' (the default)
 * else result.problem.errors; // [{ pointer: '/title', detail: '…' }]
 * ```
 */
export function checkRequest<Op extends OperationId>(
  operation: RequestSpec<Op>,
  request: RawRequest,
): ValidationResult<Op> {
  const headers = plain(request.headers, true);
  const parameters = { path: plain(request.pathParameters), query: plain(request.query), headers };
  const checkParameters = operation.parameters;
  const errors = checkParameters(parameters) ? [] : fieldErrors(checkParameters.errors);

  let body: unknown;
  const spec = operation.body;
  if (spec !== null) {
    const raw = request.body;
    if (raw === undefined || raw === null || raw === '') {
      if (spec.required) errors.push({ pointer: '', detail: `a ${spec.contentType} body is required` });
    } else if (utf8Length(raw) > spec.maxBytes) {
      return { ok: false, problem: problem(413, { detail: `The body may be at most ${spec.maxBytes} bytes.` }) };
    } else if (mediaType(headers['content-type']) !== spec.contentType) {
      return {
        ok: false,
        problem: problem(415, { detail: `Send the body as ${spec.contentType} (with a Content-Type header).` }),
      };
    } else {
      try {
        body = JSON.parse(raw);
      } catch {
        return invalid([{ pointer: '', detail: 'is not valid JSON' }, ...errors]);
      }
      const checkBody = operation.checkBody;
      if (checkBody && !checkBody(body)) errors.push(...fieldErrors(checkBody.errors));
    }
  }
  if (errors.length > 0) return invalid(errors);
  return { ok: true, value: { ...parameters, body } as unknown as ValidRequest<Op> };
}
