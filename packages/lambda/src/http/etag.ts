// ETags are the task's version: `"<version>"`, strong. If-Match accepts `"<n>"`, `W/"<n>"`
// (compared by its version, as clients that weaken tags in transit still mean it) or `*`.

/**
 * The ETag of a task version.
 *
 * @example
 * ```ts
 * etagOf(3); // '"3"'
 * ```
 */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * The version an `If-Match` header requires, or undefined for none or `*` (the contract
 * has already checked the header's shape).
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
