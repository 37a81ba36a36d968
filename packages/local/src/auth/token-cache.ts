// A token's verdict never changes before it expires (the signature, issuer and audience are
// fixed by its bytes), so the authorizer remembers recent verdicts instead of re-running RSA
// on every request of a session. Bounded in size; an entry ends at the token's exp.
import type { AuthorizerClaims } from './tokens.ts';

interface Entry {
  readonly claims: AuthorizerClaims;
  readonly expiresAt: number;
}

/** Remembers verified tokens until they expire. */
export class TokenCache {
  readonly #entries = new Map<string, Entry>();
  readonly #max: number;

  /**
   * @example
   * ```ts
   * const cache = new TokenCache(1000);
   * cache.get(token) ?? cache.set(token, await verifyToken(key, token), exp);
   * ```
   */
  constructor(max = 1000) {
    this.#max = max;
  }

  /** The claims of a token verified before, if it has not expired since. */
  get(token: string, now = Date.now()): AuthorizerClaims | undefined {
    const entry = this.#entries.get(token);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.#entries.delete(token);
      return undefined;
    }
    return entry.claims;
  }

  /** Keeps a verified token's claims until `expiresAt` (epoch ms). */
  set(token: string, claims: AuthorizerClaims, expiresAt: number): void {
    // Map keeps insertion order: dropping the first key drops the oldest entry.
    if (this.#entries.size >= this.#max) this.#entries.delete(this.#entries.keys().next().value as string);
    this.#entries.set(token, { claims, expiresAt });
  }
}
