// The one thing the scenario suite knows about where it runs: a base URL, a fetch that
// reaches it, and a way to sign in as a user. The mock, the local API and a deployed API
// each provide one; scenarios never learn which they talk to.

/** Where the suite sends its requests. */
export interface Target {
  /** Shown in test names and failure messages: `mock`, `local`, `deployed`. */
  readonly name: string;
  /** The API's root, without a trailing slash, e.g. `http://127.0.0.1:3000` or `https://…/prod`. */
  readonly baseUrl: string;
  /** Sends one request to the target. Looked up per call, so MSW's patched fetch is honoured. */
  readonly fetch: (request: Request) => Promise<Response>;
  /** A bearer token whose `sub` is `userId`. */
  token(userId: string): Promise<string>;
  /**
   * Set when the target can only act as two given users (a deployed API signed in with two
   * Cognito test users): scenarios then use these ids and clear their tasks first, instead
   * of inventing a fresh user per test.
   */
  readonly fixedUsers?: readonly [string, string];
  /** Starts what the target needs (a server, MSW's interception); called once before its tests. */
  setup?(): Promise<void>;
  /** Stops what `setup` started. */
  teardown?(): Promise<void>;
}
