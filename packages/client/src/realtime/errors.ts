// The failures a subscription reports through `onError`. None of them is ever thrown into the
// app: a subscription keeps going (reconnecting when it must) until its signal aborts.

/**
 * A connection could not be opened or was refused (a missing, forged or expired token gets
 * `401` on the upgrade, which a browser shows only as a failed connection), or the token
 * source failed. The subscription retries after a backoff.
 *
 * @example
 * ```ts
 * onError: (error) => { if (error instanceof RealtimeConnectionError) showOffline(); }
 * ```
 */
export class RealtimeConnectionError extends Error {
  override readonly name = 'RealtimeConnectionError';
}

/**
 * A message that is not JSON, or departs from asyncapi.yaml, or names another user. It is
 * dropped; `errors` says why and `data` is what arrived.
 *
 * @example
 * ```ts
 * onError: (error) => { if (error instanceof InvalidRealtimeMessageError) log(error.errors); }
 * ```
 */
export class InvalidRealtimeMessageError extends Error {
  override readonly name = 'InvalidRealtimeMessageError';
  constructor(
    readonly errors: readonly string[],
    readonly data: unknown,
    options?: ErrorOptions,
  ) {
    super(`invalid realtime message: ${errors.join('; ')}`, options);
  }
}

/**
 * The server answered a client message with the contract's `error` message.
 *
 * @example
 * ```ts
 * onError: (error) => { if (error instanceof RealtimeServerError) log(error.message); }
 * ```
 */
export class RealtimeServerError extends Error {
  override readonly name = 'RealtimeServerError';
}
