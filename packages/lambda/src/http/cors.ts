// CORS response headers from the CORS_ALLOW_ORIGINS allow-list ("*" by default, as in the
// design). The contract wants Access-Control-Allow-Origin on every success response, so a
// request from an origin outside the list gets the list's first origin: browsers then
// refuse to hand the response to that page, which is the point.
import { EXPOSE_HEADERS } from '@serverless-todo/contract/http';

/** Decides the CORS headers for a request's Origin. */
export type CorsPolicy = (origin: string | undefined) => Record<string, string>;

/**
 * Builds the policy for an allow-list: `*`, or comma-separated origins.
 *
 * @example
 * ```ts
 * const cors = corsPolicy('https://app.example.com, https://admin.example.com');
 * cors('https://admin.example.com')['Access-Control-Allow-Origin']; // 'https://admin.example.com'
 * ```
 */
export function corsPolicy(allowList: string | undefined): CorsPolicy {
  const origins = (allowList ?? '*')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  if (origins.length === 0 || origins.includes('*')) {
    const headers = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': EXPOSE_HEADERS };
    return () => headers;
  }
  const allowed = new Set(origins);
  const fallback = origins[0] as string;
  return (origin) => ({
    'Access-Control-Allow-Origin': origin !== undefined && allowed.has(origin) ? origin : fallback,
    'Access-Control-Expose-Headers': EXPOSE_HEADERS,
    Vary: 'Origin',
  });
}
