// ajv's errors in words a user can act on, from each error's keyword and params (the
// generated request validators carry no message text). Patterns are worded by the spec's
// own `x-pattern-message`.
import { patternMessages } from '../generated/pattern-messages.ts';
import type { ValidationError } from './validate-function.ts';

const plural = (n: unknown, one: string, many: string) => `${String(n)} ${Number(n) === 1 ? one : many}`;

const FORMATS: Readonly<Record<string, string>> = {
  uuid: 'must be a UUID',
  'date-time': 'must be an RFC 3339 date-time, e.g. 2026-12-01T17:00:00Z',
  date: 'must be a date such as 2026-12-01',
  'uri-reference': 'must be a URI reference',
};

const TYPES: Readonly<Record<string, string>> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'a JSON object',
  array: 'a JSON array',
  null: 'null',
};

/**
 * One sentence for one ajv error, without the field's name (the pointer names it).
 *
 * @example
 * ```ts
 * errorSentence({ instancePath: '/title', keyword: 'minLength', params: { limit: 1 } });
 * // 'must be at least 1 character'
 * ```
 */
export function errorSentence(error: ValidationError): string {
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known field';
    case 'type': {
      const types = String(p.type)
        .split(',')
        .map((t) => TYPES[t] ?? t);
      return `must be ${types.join(' or ')}`;
    }
    case 'enum':
      return `must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'minLength':
      return `must be at least ${plural(p.limit, 'character', 'characters')}`;
    case 'maxLength':
      return `must be at most ${plural(p.limit, 'character', 'characters')}`;
    case 'minimum':
      return `must be at least ${String(p.limit)}`;
    case 'maximum':
      return `must be at most ${String(p.limit)}`;
    case 'exclusiveMinimum':
      return `must be more than ${String(p.limit)}`;
    case 'exclusiveMaximum':
      return `must be less than ${String(p.limit)}`;
    case 'minItems':
      return `must have at least ${plural(p.limit, 'item', 'items')}`;
    case 'maxItems':
      return `must have at most ${plural(p.limit, 'item', 'items')}`;
    case 'minProperties':
      return `must have at least ${plural(p.limit, 'field', 'fields')}`;
    case 'maxProperties':
      return `must have at most ${plural(p.limit, 'field', 'fields')}`;
    case 'uniqueItems':
      return 'must not repeat an item';
    case 'format':
      return FORMATS[String(p.format)] ?? `must be a valid ${String(p.format)}`;
    case 'pattern':
      return patternMessages[String(p.pattern)] ?? `must match ${String(p.pattern)}`;
    default:
      return 'is not allowed here';
  }
}

// When one value breaks several rules, the one to report: the most basic first (a missing or
// mistyped value says more than its length, its length more than its pattern).
const RANK: Readonly<Record<string, number>> = {
  required: 0,
  additionalProperties: 0,
  type: 1,
  const: 2,
  enum: 2,
  minLength: 3,
  maxLength: 3,
  minimum: 3,
  maximum: 3,
  exclusiveMinimum: 3,
  exclusiveMaximum: 3,
  format: 4,
  pattern: 4,
};

/**
 * Of several errors at the same pointer, the one a user should fix first.
 *
 * @example
 * ```ts
 * firstToFix(minLengthError, patternError) === minLengthError; // an empty title: one error
 * ```
 */
export function firstToFix(a: ValidationError, b: ValidationError): ValidationError {
  return (RANK[b.keyword] ?? 5) < (RANK[a.keyword] ?? 5) ? b : a;
}
