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

/**
 * Storage (S3, or the mock's bucket) refused an upload form or a download; the message is
 * storage's own, e.g. "Request has expired".
 *
 * @example
 * ```ts
 * throw new StorageRefusedError('Storage refused the download (403): Request has expired');
 * ```
 */
export class StorageRefusedError extends Error {
  override readonly name = 'StorageRefusedError';
}
