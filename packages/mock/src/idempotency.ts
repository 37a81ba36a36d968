// Idempotency-Key on create, as the API's Powertools idempotency layer behaves: keys are
// scoped to the principal, the body's fingerprint is checked before anything else (so a
// different body is a 422 even while the first request runs), a key still being processed
// is a 409, and a completed key replays the stored response for 24 hours.
import type { Task } from '@serverless-todo/contract';
import { IdempotencyInProgressError, IdempotencyKeyReusedError } from './errors.ts';

/** What a completed create stored: replayed as is, even if the task changed since. */
export interface StoredCreate {
  readonly task: Task;
  readonly location: string;
}

interface LedgerRecord {
  readonly fingerprint: string;
  result: StoredCreate | null; // null while in flight
  expiresAt: number;
}

/** How long a completed key replays: the spec's "within 24 hours". */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * The request's fingerprint as the API's idempotency layer computes it: the validated body
 * (defaults filled in) with its keys sorted, so whitespace, key order and spelling out a
 * default do not make a different request.
 */
export function fingerprintOf(body: unknown): string {
  return JSON.stringify(body, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

// A NUL cannot occur in a user id (pattern) nor in a key (printable ASCII only).
const scoped = (principal: string, key: string) => `${principal}\u0000${key}`;

/** Idempotency records of one handler set. */
export class IdempotencyLedger {
  readonly #records = new Map<string, LedgerRecord>();

  /**
   * Claims `key` for a new create, or returns the stored response to replay. Throws
   * IdempotencyKeyReusedError (other body) or IdempotencyInProgressError (still running).
   */
  claim(principal: string, key: string, fingerprint: string, now = Date.now()): StoredCreate | null {
    const id = scoped(principal, key);
    const record = this.#records.get(id);
    if (record && record.expiresAt > now) {
      if (record.fingerprint !== fingerprint) throw new IdempotencyKeyReusedError();
      if (record.result === null) throw new IdempotencyInProgressError();
      return record.result;
    }
    this.#records.set(id, { fingerprint, result: null, expiresAt: Number.POSITIVE_INFINITY });
    return null;
  }

  /** Stores the response of a claimed key, to replay from now on. */
  complete(principal: string, key: string, result: StoredCreate, now = Date.now()): void {
    const record = this.#records.get(scoped(principal, key));
    if (!record) return;
    record.result = result;
    record.expiresAt = now + IDEMPOTENCY_TTL_MS;
  }

  /** Frees a claimed key whose create failed, so a retry runs again (nothing was stored). */
  release(principal: string, key: string): void {
    const id = scoped(principal, key);
    if (this.#records.get(id)?.result === null) this.#records.delete(id);
  }
}
