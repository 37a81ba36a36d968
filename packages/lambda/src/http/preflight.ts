// The answer to a CORS preflight, from the allow-list in CORS_ALLOW_ORIGINS: a listed origin
// gets itself back (or `*` when any origin may call), any other origin gets no
// Access-Control-Allow-Origin, so the browser refuses the actual request.

/** What a preflight answer depends on. */
export interface PreflightSettings {
  /** `*`, or comma-separated origins. */
  readonly allowOrigins: string | undefined;
  /** The request headers the API accepts (comma-separated). */
  readonly allowHeaders: string | undefined;
  /** Seconds a browser may cache the answer. */
  readonly maxAge: string | undefined;
}

/**
 * The headers of the preflight answer for a request from `origin` to a path whose
 * operations use `methods`.
 *
 * @example
 * ```ts
 * preflightHeaders({ allowOrigins: 'https://app.example', allowHeaders: 'Authorization', maxAge: '600' },
 *   'https://evil.example', ['GET']);
 * // { Vary: 'Origin', 'Cache-Control': 'no-store' }: no Access-Control-Allow-Origin
 * ```
 */
export function preflightHeaders(
  settings: PreflightSettings,
  origin: string | undefined,
  methods: readonly string[],
): Record<string, string> {
  const origins = (settings.allowOrigins ?? '*')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const any = origins.length === 0 || origins.includes('*');
  const headers: Record<string, string> = { Vary: 'Origin', 'Cache-Control': 'no-store' };
  const allowed = any ? '*' : origin !== undefined && origins.includes(origin) ? origin : undefined;
  if (allowed === undefined) return headers;
  headers['Access-Control-Allow-Origin'] = allowed;
  headers['Access-Control-Allow-Methods'] = [...new Set([...methods, 'OPTIONS'])].join(',');
  if (settings.allowHeaders) headers['Access-Control-Allow-Headers'] = settings.allowHeaders;
  if (settings.maxAge) headers['Access-Control-Max-Age'] = settings.maxAge;
  return headers;
}
