/// <reference path="../types/dynalite.d.ts" />
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, type CreateTableCommandInput, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';

/** An in-process dynalite on a loopback port. */
export interface TestDynalite {
  /** `http://127.0.0.1:<port>`. */
  readonly endpoint: string;
  /** A low-level client for it (local dummy credentials). */
  readonly client: DynamoDBClient;
  stop(): Promise<void>;
}

/**
 * Starts dynalite in memory on 127.0.0.1 with a free port and creates `tables` (they are
 * ACTIVE at once).
 *
 * @example
 * ```ts
 * const db = await startDynalite({ tables: createTableInputs() });
 * await db.client.send(new ListTablesCommand({}));
 * await db.stop();
 * ```
 */
export async function startDynalite(options: { tables?: readonly object[] } = {}): Promise<TestDynalite> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  for (const table of options.tables ?? []) {
    await client.send(new CreateTableCommand(table as CreateTableCommandInput));
  }
  return {
    endpoint,
    client,
    stop: async () => {
      client.destroy();
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
