/// <reference path="../types/dynalite.d.ts" />
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

/** An in-process dynalite on a loopback port. */
export interface TestDynalite {
  /** `http://127.0.0.1:<port>`. */
  readonly endpoint: string;
  stop(): Promise<void>;
}

/**
 * Starts dynalite in memory on 127.0.0.1 with a free port; tables become ACTIVE at once.
 *
 * @example
 * ```ts
 * const db = await startDynalite();
 * const client = new DynamoDBClient({ endpoint: db.endpoint, region: 'local' });
 * await db.stop();
 * ```
 */
export async function startDynalite(): Promise<TestDynalite> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
