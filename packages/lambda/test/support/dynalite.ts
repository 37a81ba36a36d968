// A real DynamoDB-compatible server for the tests: dynalite in this process, on a loopback
// port, with the tables that template.yaml defines (read from it, not restated here).
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, type CreateTableCommandInput, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { templateTables } from '../../build/template.ts';

/** A running dynalite with the template's tables, each named after its logical id. */
export interface LocalDynamo {
  readonly endpoint: string;
  readonly client: DynamoDBDocumentClient;
  /** Table name by logical id, e.g. `tables.TasksTable`. */
  readonly tables: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

/** CreateTable accepts these; PITR, SSE and TTL are deployment settings dynalite lacks. */
const CREATE_TABLE_KEYS = [
  'AttributeDefinitions',
  'KeySchema',
  'BillingMode',
  'ProvisionedThroughput',
  'GlobalSecondaryIndexes',
  'LocalSecondaryIndexes',
] as const;

/**
 * Starts dynalite on 127.0.0.1 (port 0) and creates the template's tables.
 *
 * @example
 * ```ts
 * const dynamo = await startDynamo();
 * afterAll(() => dynamo.close());
 * ```
 */
export async function startDynamo(): Promise<LocalDynamo> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const base = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const tables: Record<string, string> = {};
  for (const { logicalId, properties } of templateTables()) {
    const input: Record<string, unknown> = { TableName: logicalId };
    for (const key of CREATE_TABLE_KEYS) if (properties[key] !== undefined) input[key] = properties[key];
    await base.send(new CreateTableCommand(input as unknown as CreateTableCommandInput));
    tables[logicalId] = logicalId;
  }
  return {
    endpoint,
    client: DynamoDBDocumentClient.from(base),
    tables,
    close: async () => {
      base.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
