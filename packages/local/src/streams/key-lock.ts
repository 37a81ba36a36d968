// Per-key serialization of the writes the stream captures: a write's before-read, the write
// and its after-read run with no other write to the same item in between, so the images are
// exact and the records come in the order the writes took effect.

/** Locks on strings (item keys); each lock is a chain of holders. */
export class KeyLocks {
  readonly #tails = new Map<string, Promise<void>>();

  /**
   * Runs `work` while holding every key (taken in sorted order, so two batch writes that
   * share keys cannot deadlock).
   *
   * @example
   * ```ts
   * await locks.withKeys(['["Tasks","S:a"]'], async () => forward(request));
   * ```
   */
  async withKeys<T>(keys: readonly string[], work: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(keys)].sort();
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const before = sorted.map((key) => {
      const previous = this.#tails.get(key) ?? Promise.resolve();
      this.#tails.set(key, held);
      return previous;
    });
    await Promise.all(before);
    try {
      return await work();
    } finally {
      release();
      for (const key of sorted) if (this.#tails.get(key) === held) this.#tails.delete(key);
    }
  }
}
