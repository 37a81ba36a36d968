// The ownership rule (OWASP API1): a user reaches only their own partition, so the path's
// `user_id` must be the authenticated principal. It fails closed: an operation that needs
// auth and has no principal is a 401, whatever else the request says.

/** The principal to act for, or the status that refuses the request. */
export type Access = { readonly principal: string } | 401 | 403;

/**
 * Decides whether a validated request may proceed: public operations always may (as
 * principal `''`); others need a principal, and a path `user_id` equal to it.
 *
 * @example
 * ```ts
 * authorize(true, 'u1', { user_id: 'u1' }); // { principal: 'u1' }
 * authorize(true, 'u1', { user_id: 'u2' }); // 403
 * authorize(true, undefined, { user_id: 'u1' }); // 401
 * ```
 */
export function authorize(needsAuth: boolean, principal: string | undefined, path: unknown): Access {
  if (!needsAuth) return { principal: '' };
  if (principal === undefined || principal === '') return 401;
  const owner = (path as { user_id?: unknown } | null | undefined)?.user_id;
  return owner === undefined || owner === principal ? { principal } : 403;
}
