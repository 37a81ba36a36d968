// ETags are the task's version, strong and quoted: `"3"`. If-Match also accepts the weak
// form `W/"3"` (what some proxies turn strong tags into) and `*` (any existing version).

/** What an If-Match header asks for: a version, any version, or nothing. */
export type VersionCondition = number | '*' | undefined;

/** The ETag of a task at `version`. */
export const etagOf = (version: number): string => `"${version}"`;

/**
 * Reads an If-Match header that the contract already validated (`*`, `"n"` or `W/"n"`).
 * Anything else reads as "no condition", which cannot happen after validation.
 */
export function parseIfMatch(header: string | undefined): VersionCondition {
  if (header === undefined) return undefined;
  if (header === '*') return '*';
  const m = /^(?:W\/)?"(\d{1,15})"$/.exec(header);
  return m ? Number(m[1]) : undefined;
}
