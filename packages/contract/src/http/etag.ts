// ETags are the task's version: `"<version>"`, strong. If-Match accepts `"<n>"`, `W/"<n>"`
// (compared by its version, as clients that weaken tags in transit still mean it) or `*`.
// The server sets the header, the mock imitates it and the SDK derives the same tag from a
// task's body (browsers hide ETag from cross-origin callers unless it is exposed), so all
// three must format it alike.

/**
 * The ETag of a task version.
 *
 * @example
 * ```ts
 * etagOf(3); // '"3"'
 * ```
 */
export const etagOf = (version: number): string => `"${version}"`;

/**
 * The version an `If-Match` header requires, or undefined for none or `*` (either way only
 * the task's existence is a precondition). The contract has already checked the header's
 * shape, so anything else also reads as undefined.
 *
 * @example
 * ```ts
 * expectedVersion('W/"2"'); // 2
 * expectedVersion('*'); // undefined
 * ```
 */
export function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const match = /^(?:W\/)?"([0-9]{1,15})"$/.exec(ifMatch.trim());
  return match ? Number(match[1]) : undefined;
}
