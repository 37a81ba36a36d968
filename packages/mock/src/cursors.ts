// Opaque, tamper-evident cursors without a secret: each is a random token that only this
// handler set knows, mapped to what it stands for. A flipped or truncated token is simply
// unknown, and a token replayed by another user or with another filter does not match its
// binding; both are the 400 the real API gives for a cursor whose HMAC does not verify.
import type { TaskStatus } from '@serverless-todo/contract';
import { InvalidCursorError } from './errors.ts';

interface Binding {
  readonly userId: string;
  readonly status: TaskStatus | undefined;
  readonly lastKey: string;
}

// 18 random bytes → 24 base64url characters: unguessable, and inside the contract's
// cursor pattern `^[A-Za-z0-9_-]+$`.
function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_');
}

const bindingKey = (b: Binding) => JSON.stringify([b.userId, b.status ?? null, b.lastKey]);

/** Issues cursors and resolves them back to the key they continue after. */
export class CursorBook {
  readonly #byToken = new Map<string, Binding>();
  // The same position always gets the same token (as an HMAC over it would), which keeps
  // the book as small as the number of distinct positions, however often clients list.
  readonly #byBinding = new Map<string, string>();

  issue(binding: Binding): string {
    const key = bindingKey(binding);
    const known = this.#byBinding.get(key);
    if (known !== undefined) return known;
    let token = randomToken();
    while (this.#byToken.has(token)) token = randomToken();
    this.#byToken.set(token, { ...binding });
    this.#byBinding.set(key, token);
    return token;
  }

  /** The key to continue after; throws InvalidCursorError for an unknown or foreign token. */
  resolve(token: string, userId: string, status: TaskStatus | undefined): string {
    const binding = this.#byToken.get(token);
    // One message for all three cases, as a failed HMAC check cannot tell them apart either.
    if (!binding || binding.userId !== userId || binding.status !== status) throw new InvalidCursorError();
    return binding.lastKey;
  }
}
