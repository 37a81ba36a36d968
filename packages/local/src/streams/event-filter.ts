// Lambda event filtering (FilterCriteria) for stream records: a record is delivered when it
// matches any pattern. The subset emulated: exact values (strings, numbers, booleans, null),
// `prefix`, `suffix`, `equals-ignore-case`, `anything-but` (values or a prefix), `exists` and
// `numeric` ranges, at any depth; an array in the record matches if any element does.
import { TemplateError } from '../errors.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Matcher = Json;
/** A parsed filter pattern. */
export type Pattern = { readonly [key: string]: Pattern | readonly Matcher[] };

const OPS: Record<string, (a: number, b: number) => boolean> = {
  '=': (a, b) => a === b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

function numericMatch(conditions: Json, value: unknown): boolean {
  if (typeof value !== 'number' || !Array.isArray(conditions)) return false;
  for (let i = 0; i + 1 < conditions.length; i += 2) {
    const op = OPS[String(conditions[i])];
    if (!op?.(value, Number(conditions[i + 1]))) return false;
  }
  return true;
}

function anythingBut(rule: Json, value: unknown): boolean {
  if (rule !== null && typeof rule === 'object' && !Array.isArray(rule) && typeof rule.prefix === 'string') {
    return typeof value === 'string' && !value.startsWith(rule.prefix);
  }
  const excluded = Array.isArray(rule) ? rule : [rule];
  return !excluded.some((x) => x === value);
}

/** One matcher against one value (the field is present). */
function matchOne(matcher: Matcher, value: unknown): boolean {
  if (matcher === null || typeof matcher !== 'object') return matcher === value;
  if (Array.isArray(matcher)) return false;
  if ('prefix' in matcher) return typeof value === 'string' && value.startsWith(String(matcher.prefix));
  if ('suffix' in matcher) return typeof value === 'string' && value.endsWith(String(matcher.suffix));
  if ('equals-ignore-case' in matcher) {
    return typeof value === 'string' && value.toLowerCase() === String(matcher['equals-ignore-case']).toLowerCase();
  }
  if ('anything-but' in matcher) return anythingBut(matcher['anything-but']!, value);
  if ('numeric' in matcher) return numericMatch(matcher.numeric!, value);
  return false;
}

function matchLeaf(matchers: readonly Matcher[], present: boolean, value: unknown): boolean {
  const values = Array.isArray(value) ? value : [value];
  return matchers.some((matcher) => {
    if (matcher !== null && typeof matcher === 'object' && !Array.isArray(matcher) && 'exists' in matcher) {
      return matcher.exists === present;
    }
    return present && values.some((v) => matchOne(matcher, v));
  });
}

/**
 * Whether a record matches one pattern.
 *
 * @example
 * ```ts
 * matchesPattern({ eventName: ['INSERT'] }, record); // true for an INSERT
 * ```
 */
export function matchesPattern(pattern: Pattern, event: unknown): boolean {
  const object = (event !== null && typeof event === 'object' ? event : {}) as Record<string, unknown>;
  return Object.entries(pattern).every(([key, rule]) => {
    const present = Object.hasOwn(object, key) && object[key] !== undefined;
    if (Array.isArray(rule)) return matchLeaf(rule, present, object[key]);
    return present && matchesPattern(rule as Pattern, object[key]);
  });
}

function checkPattern(pattern: unknown, where: string): Pattern {
  if (pattern === null || typeof pattern !== 'object' || Array.isArray(pattern)) {
    throw new TemplateError(`${where}: a filter pattern must be a JSON object`);
  }
  for (const [key, rule] of Object.entries(pattern)) {
    if (!Array.isArray(rule)) checkPattern(rule, `${where}.${key}`);
  }
  return pattern as Pattern;
}

/**
 * Parses FilterCriteria patterns (JSON text), rejecting what Lambda would reject.
 *
 * @example
 * ```ts
 * const patterns = parsePatterns(['{"eventName":["INSERT"]}'], 'StreamFunction.Stream');
 * ```
 */
export function parsePatterns(texts: readonly string[], where: string): Pattern[] {
  return texts.map((text, i) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (cause) {
      throw new TemplateError(`${where}: filter ${i + 1} is not JSON`, { cause });
    }
    return checkPattern(parsed, `${where}: filter ${i + 1}`);
  });
}

/**
 * Whether Lambda delivers a record: no filters, or any pattern matches.
 *
 * @example
 * ```ts
 * delivered(patterns, record);
 * ```
 */
export function delivered(patterns: readonly Pattern[], record: unknown): boolean {
  return patterns.length === 0 || patterns.some((pattern) => matchesPattern(pattern, record));
}
