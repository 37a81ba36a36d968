// A real DynamoDB-compatible server for the tests: dynalite in this process, on a loopback
// port, with the tables that template.yaml defines (read from it, not restated here).
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { startDynalite } from '@serverless-todo/testkit';
import { createTableInputs } from '../../build/lambda-stack.ts';

/** A running dynalite with the template's tables, each named after its logical id. */
export interface LocalDynamo {
  readonly endpoint: string;
  readonly client: DynamoDBDocumentClient;
  /** Table name by logical id, e.g. `tables.TasksTable`. */
  readonly tables: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

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
  const inputs = createTableInputs();
  const db = await startDynalite({ tables: inputs });
  const tables = Object.fromEntries(inputs.map(({ TableName }) => [String(TableName), String(TableName)]));
  return { endpoint: db.endpoint, client: DynamoDBDocumentClient.from(db.client), tables, close: db.stop };
}
