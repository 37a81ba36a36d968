// Idempotency keys derived from content. The key of a row is a hash of its create body plus
// how many identical bodies came before it in the file. So a rerun, even of an edited file
// with rows added, removed or moved, sends the same key for the same task and the API replays
// the first answer instead of creating a duplicate; two identical rows stay two tasks.
import { createHash } from 'node:crypto';

/** Bumped if the derivation changes, so old keys never collide with new ones. */
const PREFIX = 'import-v1-';

// Sorted keys: the same object always serializes the same way.
const canonical = (value: unknown): string =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? `{${Object.keys(value)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
        .join(',')}}`
    : JSON.stringify(value);

/**
 * One key per body, in order. Keys are 74 printable ASCII characters (the API allows 255).
 *
 * @example
 * ```ts
 * idempotencyKeys([{ title: 'a' }, { title: 'b' }, { title: 'a' }]); // three distinct keys, stable across runs
 * ```
 */
export function idempotencyKeys(bodies: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return bodies.map((body) => {
    const content = canonical(body);
    const occurrence = seen.get(content) ?? 0;
    seen.set(content, occurrence + 1);
    return PREFIX + createHash('sha256').update(`${occurrence}\n${content}`).digest('hex');
  });
}
