// The CORS preflight SAM adds to every path when the Api has `Cors`: an OPTIONS method with a
// mock integration that answers 200 with the configured headers, without auth or a function.
import type { CorsModel } from '../template/model.ts';
import type { HttpResponse } from './proxy-result.ts';

const ANY_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'];

/**
 * The preflight answer for a path whose routes serve `methods`.
 *
 * @example
 * ```ts
 * preflightResponse(model.cors!, ['GET', 'POST']).headers;
 * // [['Access-Control-Allow-Origin', '*'], ['Access-Control-Allow-Methods', 'GET,POST,PATCH,DELETE,OPTIONS'], …]
 * ```
 */
export function preflightResponse(cors: CorsModel, methods: readonly string[]): HttpResponse {
  // Without AllowMethods, SAM allows the path's own methods plus OPTIONS.
  const derived = methods.includes('ANY') ? ANY_METHODS : [...new Set([...methods, 'OPTIONS'])];
  const headers: [string, string][] = [
    ['Content-Type', 'application/json'],
    ['Access-Control-Allow-Origin', cors.allowOrigin],
    ['Access-Control-Allow-Methods', cors.allowMethods ?? derived.join(',')],
  ];
  if (cors.allowHeaders !== null) headers.push(['Access-Control-Allow-Headers', cors.allowHeaders]);
  if (cors.maxAge !== null) headers.push(['Access-Control-Max-Age', cors.maxAge]);
  if (cors.allowCredentials) headers.push(['Access-Control-Allow-Credentials', 'true']);
  return { status: 200, headers, body: Buffer.alloc(0) };
}
