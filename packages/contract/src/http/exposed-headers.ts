// Browsers hand a cross-origin page only the CORS-safelisted response headers unless the
// API names others. These are the ones the SDK and apps read: the ETag for conditional
// writes, where a created task lives, the id to quote in bug reports and when to retry.

/**
 * The value of `Access-Control-Expose-Headers` on every response of the API.
 *
 * @example
 * ```ts
 * headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
 * ```
 */
export const EXPOSE_HEADERS = 'ETag, Location, X-Request-Id, Retry-After';
