// Domain failures, one class each. The repository and the idempotency wrapper throw these;
// `http/failure-kind.ts` names each, and the contract's `problemForFailure` answers it.

interface ErrorOptions {
  readonly cause?: unknown;
}

/** The task does not exist (never created, or deleted). HTTP 404.
 *
 * @example
 * ```ts
 * if (item === undefined) throw new TaskNotFoundError();
 * ```
 */
export class TaskNotFoundError extends Error {
  constructor(message = 'The task does not exist.', options?: ErrorOptions) {
    super(message, options);
    this.name = 'TaskNotFoundError';
  }
}

/** `If-Match` named a version that is no longer current. HTTP 412.
 *
 * @example
 * ```ts
 * throw new VersionConflictError(undefined, { cause: error });
 * ```
 */
export class VersionConflictError extends Error {
  constructor(message = 'The task has changed since you read it.', options?: ErrorOptions) {
    super(message, options);
    this.name = 'VersionConflictError';
  }
}

/** A list cursor that this server did not issue for this user and filter. HTTP 400.
 *
 * @example
 * ```ts
 * if (!timingSafeEqual(expected, actual)) throw new InvalidCursorError();
 * ```
 */
export class InvalidCursorError extends Error {
  constructor(message = 'The cursor is not one this API issued for this list.', options?: ErrorOptions) {
    super(message, options);
    this.name = 'InvalidCursorError';
  }
}

/** The Idempotency-Key was used before with a different body. HTTP 422.
 *
 * @example
 * ```ts
 * throw new IdempotencyKeyReusedError(undefined, { cause: error });
 * ```
 */
export class IdempotencyKeyReusedError extends Error {
  constructor(message = 'This Idempotency-Key was used with a different request.', options?: ErrorOptions) {
    super(message, options);
    this.name = 'IdempotencyKeyReusedError';
  }
}

/** A request with the same Idempotency-Key is still being processed. HTTP 409.
 *
 * @example
 * ```ts
 * throw new RequestInProgressError(undefined, { cause: error });
 * ```
 */
export class RequestInProgressError extends Error {
  constructor(message = 'A request with this Idempotency-Key is still in progress.', options?: ErrorOptions) {
    super(message, options);
    this.name = 'RequestInProgressError';
  }
}

/** A new task's id already held a different item (a uuid collision). HTTP 500.
 *
 * @example
 * ```ts
 * throw new TaskIdCollisionError(undefined, { cause: error });
 * ```
 */
export class TaskIdCollisionError extends Error {
  constructor(message = 'A generated task id is already taken.', options?: ErrorOptions) {
    super(message, options);
    this.name = 'TaskIdCollisionError';
  }
}

/** The function is missing configuration it needs, e.g. an environment variable. HTTP 500.
 *
 * @example
 * ```ts
 * throw new ConfigurationError('The environment variable TABLE_NAME is not set.');
 * ```
 */
export class ConfigurationError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ConfigurationError';
  }
}

/** No attachment with this id on this task (never created, or deleted). HTTP 404.
 *
 * @example
 * ```ts
 * if (Item === undefined) throw new AttachmentNotFoundError();
 * ```
 */
export class AttachmentNotFoundError extends Error {
  constructor(message = 'The attachment does not exist.', options?: ErrorOptions) {
    super(message, options);
    this.name = 'AttachmentNotFoundError';
  }
}

/** The task already holds the most attachments openapi.yaml allows. HTTP 409.
 *
 * @example
 * ```ts
 * throw new AttachmentLimitError(undefined, { cause: error });
 * ```
 */
export class AttachmentLimitError extends Error {
  constructor(message = 'The task has the most attachments it may have.', options?: ErrorOptions) {
    super(message, options);
    this.name = 'AttachmentLimitError';
  }
}

/** A stream record left for the retry because one before it in the batch failed. */
export class EarlierRecordFailedError extends Error {
  constructor(
    message = 'An earlier record of this batch failed; this one is retried after it.',
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'EarlierRecordFailedError';
  }
}
