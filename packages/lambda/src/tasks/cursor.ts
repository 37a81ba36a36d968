// List cursors: opaque, tamper-evident and bound to the user and the filter they were
// issued for. Layout (then base64url): [version 1 byte][HMAC-SHA256 32 bytes][task_id].
import { createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidCursorError } from '../errors.ts';

/** What a cursor is bound to: a cursor issued for one scope is invalid in any other. */
export interface CursorScope {
  readonly principal: string;
  readonly status?: string | undefined;
}

const VERSION = 1;
const MAC_BYTES = 32;
/** The contract's cap on a cursor's length. */
const MAX_CURSOR_CHARS = 2048;

const mac = (secret: string, scope: CursorScope, position: string) =>
  createHmac('sha256', secret)
    .update(`serverless-todo cursor v${VERSION}\0${scope.principal}\0${scope.status ?? ''}\0${position}`)
    .digest();

/**
 * Encodes the position a list page ended at (a task_id) as a cursor for `scope`.
 *
 * @example
 * ```ts
 * const cursor = encodeCursor(secret, { principal: 'user123', status: 'done' }, task.task_id);
 * ```
 */
export function encodeCursor(secret: string, scope: CursorScope, position: string): string {
  const body = Buffer.from(position, 'utf8');
  return Buffer.concat([Buffer.of(VERSION), mac(secret, scope, position), body]).toString('base64url');
}

/**
 * Returns the position a cursor encodes, after checking it was issued by this server for
 * exactly this scope.
 *
 * @throws {InvalidCursorError} for a cursor that is malformed, truncated, altered, or issued
 *   for another user or filter.
 * @example
 * ```ts
 * const after = decodeCursor(secret, { principal: 'user123', status: 'done' }, query.cursor);
 * ```
 */
export function decodeCursor(secret: string, scope: CursorScope, cursor: string): string {
  if (cursor.length > MAX_CURSOR_CHARS || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new InvalidCursorError();
  const bytes = Buffer.from(cursor, 'base64url');
  // Node ignores leftover bits; a changed last character could otherwise decode the same.
  if (bytes.toString('base64url') !== cursor) throw new InvalidCursorError();
  if (bytes.length <= 1 + MAC_BYTES || bytes[0] !== VERSION) throw new InvalidCursorError();
  const position = bytes.subarray(1 + MAC_BYTES).toString('utf8');
  const expected = mac(secret, scope, position);
  if (!timingSafeEqual(expected, bytes.subarray(1, 1 + MAC_BYTES))) throw new InvalidCursorError();
  return position;
}
