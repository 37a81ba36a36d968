import { CreateTableCommand, type CreateTableCommandInput, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { listenDynalite } from '@serverless-todo/dynalite';

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
  const db = await listenDynalite();
  const { endpoint } = db;
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
      await db.close();
    },
  };
}
