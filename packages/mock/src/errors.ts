// One class per failure. The store, cursor book and idempotency ledger throw these; the
// handler pipeline names each in one place (`error-replies.ts`); the contract answers it.

/**
 * Options passed to `createTodoHandlers` are unusable (e.g. a negative delay or a bad base URL).
 * Thrown synchronously, when the handlers are created.
 *
 * @example
 * ```ts
 * expect(() => createTodoHandlers({ baseUrl: 'x', delay: -1 })).toThrow(InvalidMockOptionsError);
 * ```
 */
export class InvalidMockOptionsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InvalidMockOptionsError';
  }
}

/**
 * A seeded task is not a task the real API could hold (bad title, duplicate task_id, …).
 * Thrown synchronously, when the handlers are created.
 *
 * @example
 * ```ts
 * expect(() => createTodoHandlers({ baseUrl, seed: { u1: [{ title: '' }] } })).toThrow(InvalidSeedError);
 * ```
 */
export class InvalidSeedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InvalidSeedError';
  }
}

/** No such task for this user (never created, or deleted). Maps to 404. */
export class TaskNotFoundError extends Error {
  constructor(message = 'The task does not exist.', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TaskNotFoundError';
  }
}

/** `If-Match` names a version that is no longer current. Maps to 412. */
export class VersionConflictError extends Error {
  constructor(message = 'The task has changed since you read it.', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'VersionConflictError';
  }
}

/** A cursor this handler set never issued, or issued for another user or filter. Maps to 400. */
export class InvalidCursorError extends Error {
  constructor(message = 'The cursor is not one this API issued for this list.', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InvalidCursorError';
  }
}

/** The Idempotency-Key was used before with another body. Maps to 422. */
export class IdempotencyKeyReusedError extends Error {
  constructor(message = 'This Idempotency-Key was used with a different body.', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IdempotencyKeyReusedError';
  }
}

/** A request with this Idempotency-Key is still being processed. Maps to 409. */
export class IdempotencyInProgressError extends Error {
  constructor(message = 'A request with this Idempotency-Key is still in progress.', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IdempotencyInProgressError';
  }
}

/** No such attachment on this task (never created, or deleted). Maps to 404. */
export class AttachmentNotFoundError extends Error {
  constructor(message = 'The attachment does not exist.', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AttachmentNotFoundError';
  }
}

/** The task already holds the most attachments the API allows. Maps to 409. */
export class AttachmentLimitError extends Error {
  constructor(message = 'The task has the most attachments it may have.', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AttachmentLimitError';
  }
}
