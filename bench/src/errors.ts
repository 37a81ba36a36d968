// The benchmarks' own failures. A suite that throws one is reported as crashed (the run
// exits non-zero), so a benchmark never silently times an error path.

/** A handler or server answered something other than what the benchmark expects to time. */
export class UnexpectedResponseError extends Error {
  /**
   * @example
   * ```ts
   * throw new UnexpectedResponseError('getTask', 200, result.statusCode);
   * ```
   */
  constructor(what: string, expected: number, actual: number, options?: { cause?: unknown }) {
    super(`${what}: expected status ${expected}, got ${actual}`, options);
    this.name = 'UnexpectedResponseError';
  }
}

/** Seeding the database did not finish (items left unprocessed after the bounded retries). */
export class SeedError extends Error {
  /**
   * @example
   * ```ts
   * throw new SeedError('user-100', 25);
   * ```
   */
  constructor(userId: string, unprocessed: number, options?: { cause?: unknown }) {
    super(`seeding ${userId}: ${unprocessed} items still unprocessed`, options);
    this.name = 'SeedError';
  }
}
