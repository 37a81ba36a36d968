// The one thing the scenario suite knows about where it runs: a base URL, a fetch that
// reaches it, and a way to sign in as a user. The mock, the local API and a deployed API
// each provide one; scenarios never learn which they talk to. A target that serves the
// realtime API of asyncapi.yaml also says where, and how a test opens a socket there.

/** The minimal WebSocket a realtime scenario drives: the browser's, `ws`'s, or MSW's interception of either. */
export type WebSocketClass = new (url: string) => WebSocket;

/** A target's realtime API (asyncapi.yaml). */
export interface RealtimeEndpoint {
  /** The WebSocket URL, e.g. `ws://127.0.0.1:3000/realtime`. */
  readonly url: string;
  /** The class that opens a socket there, looked up per call (MSW patches the global one in `listen()`). */
  webSocket(): WebSocketClass;
  /**
   * A socket can tell the upgrade's HTTP status of a refused handshake (`ws` can; a browser,
   * and MSW's interception, only see `error` and a close with 1006).
   */
  readonly seesUpgradeStatus: boolean;
  /**
   * Resolves once every change made so far has been handed to the sockets (the local API's
   * stream emulation drained, bounded); absent where events are sent as the write happens.
   */
  settled?(): Promise<void>;
  /**
   * An expired token (of `userId` where the target can sign one). Absent where none can be had:
   * the expired-token scenario is then skipped, with the reason.
   */
  expiredToken?(userId: string): Promise<string>;
  /** Why `expiredToken` is absent, shown with the skip. */
  readonly noExpiredToken?: string;
  /**
   * Set, with the reason, when the target reads a token's claims without checking its
   * signature: a forged token (a real one with its signature altered) then proves nothing.
   */
  readonly unsignedTokens?: string;
}

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
  /** Set when the target serves the realtime API; valid once `setup` has run. */
  readonly realtime?: RealtimeEndpoint;
  /** Starts what the target needs (a server, MSW's interception); called once before its tests. */
  setup?(): Promise<void>;
  /** Stops what `setup` started. */
  teardown?(): Promise<void>;
}
