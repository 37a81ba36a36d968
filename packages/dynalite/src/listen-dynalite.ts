/// <reference path="./dynalite-types.d.ts" />
// dynalite in this process on 127.0.0.1 and a free port: what the local API serves its
// functions and what the tests run against. Tables become ACTIVE at once (createTableMs 0)
// instead of after dynalite's default half second.
import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

/** A listening dynalite. */
export interface ListeningDynalite {
  /** `http://127.0.0.1:<port>`. */
  readonly endpoint: string;
  readonly server: Server;
  /**
   * dynalite's own request handler: a caller in this process that already holds a request
   * (a proxy in front of dynalite) hands it over here instead of sending it again over HTTP.
   */
  readonly handle: RequestListener;
  /** Stops accepting, lets requests in flight finish, and resolves once LevelDB is closed. */
  close(): Promise<void>;
}

/**
 * Starts dynalite in memory, or on disk in the LevelDB directory `path`.
 *
 * @example
 * ```ts
 * const db = await listenDynalite();
 * process.env.DYNAMODB_ENDPOINT = db.endpoint;
 * await db.close();
 * ```
 */
export async function listenDynalite(options: { readonly path?: string | null } = {}): Promise<ListeningDynalite> {
  const server = dynalite({
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
    ...(options.path ? { path: options.path } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const [handle] = server.listeners('request') as RequestListener[];
  if (!handle) throw new Error('dynalite registered no request handler');
  return {
    endpoint,
    server,
    handle,
    close: () =>
      // server.close also ends idle keep-alive connections (Node ≥ 19), so clients need not go first.
      new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
