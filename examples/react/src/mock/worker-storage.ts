// Workers have no localStorage, but msw's cookie store asks for one as soon as msw loads in
// anything browser-like. The shared store needs no cookies: an in-memory stand-in will do.
// Imported first by shared-store.ts, so it runs before msw.

class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }
}

const scope = globalThis as { localStorage?: Storage };
scope.localStorage ??= new MemoryStorage();
