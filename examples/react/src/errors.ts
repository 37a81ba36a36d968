// The app's own failures (the API's come as TodoApiError from the SDK).

/**
 * Signing in failed: no dev token endpoint, or a pasted token without a `sub`.
 *
 * @example
 * ```ts
 * throw new SignInError('The token has no sub claim.');
 * ```
 */
export class SignInError extends Error {
  override readonly name = 'SignInError';
}
