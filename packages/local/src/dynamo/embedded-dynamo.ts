// Embedded DynamoDB: dynalite in this process, on a loopback port of its own, with the
// template's tables created if they are missing.
import { mkdirSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { listenDynalite } from '@serverless-todo/dynalite';
import { recordCleanStop } from '../store/clean-stop.ts';
import { verifyDynamoStore } from '../store/verify-dynamo-store.ts';
import type { TableModel } from '../template/model.ts';
import { dynamoCall } from './dynamo-call.ts';
import { lockStore } from './store-lock.ts';

/** A running dynalite. */
export interface EmbeddedDynamo {
  /** `http://127.0.0.1:<port>`: what DYNAMODB_ENDPOINT is set to. */
  readonly endpoint: string;
  /** dynalite's request handler, for a proxy in this process (see ListeningDynalite.handle). */
  readonly handle: RequestListener;
  /** Stops the server and closes LevelDB once pending writes are done. */
  close(): Promise<void>;
}

/**
 * Starts dynalite (in memory when `path` is null) and creates the missing tables. An on-disk
 * store is verified first: a damaged one throws StoreDamagedError and is never served.
 *
 * @example
 * ```ts
 * const dynamo = await startEmbeddedDynamo({ path: null, tables: model.tables });
 * process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
 * await dynamo.close();
 * ```
 */
export async function startEmbeddedDynamo(options: {
  path: string | null;
  tables: readonly TableModel[];
}): Promise<EmbeddedDynamo> {
  let release = () => {};
  if (options.path !== null) {
    mkdirSync(options.path, { recursive: true });
    release = lockStore(`${options.path}.lock`, options.path);
    try {
      await verifyDynamoStore(options.path);
    } catch (err) {
      release();
      throw err;
    }
  }
  const storeDir = options.path;
  const db = await listenDynalite({ path: options.path }).catch((err) => {
    release();
    throw err;
  });
  const { endpoint } = db;
  try {
    const { TableNames } = await dynamoCall<{ TableNames: string[] }>(endpoint, 'ListTables', {});
    const created: string[] = [];
    for (const table of options.tables) {
      if (TableNames.includes(String(table.createTableInput.TableName))) continue;
      await dynamoCall(endpoint, 'CreateTable', table.createTableInput);
      created.push(String(table.createTableInput.TableName));
    }
    await untilActive(endpoint, created);
  } catch (err) {
    await db.close().finally(release);
    throw err;
  }
  return {
    endpoint,
    handle: db.handle,
    // dynalite's close resolves once LevelDB is closed, so the files are final when recorded.
    close: () =>
      db
        .close()
        .then(() => {
          if (storeDir) recordCleanStop(storeDir);
        })
        .finally(release),
  };
}

interface TableDescription {
  readonly Table: { TableStatus?: string; GlobalSecondaryIndexes?: { IndexStatus?: string }[] };
}

/** How long a new table may take to become ACTIVE (dynalite: a timer of 0 ms per table and index). */
const ACTIVE_WITHIN_MS = 5_000;

/**
 * Waits until every table (and each of its indexes) is ACTIVE. dynalite answers CreateTable
 * at once and writes the ACTIVE status a moment later; a stop inside that moment would have
 * that write land in a closed database.
 */
async function untilActive(endpoint: string, tables: readonly string[]): Promise<void> {
  const deadline = Date.now() + ACTIVE_WITHIN_MS;
  for (const TableName of tables) {
    for (;;) {
      const { Table } = await dynamoCall<TableDescription>(endpoint, 'DescribeTable', { TableName });
      const indexes = Table.GlobalSecondaryIndexes ?? [];
      if (Table.TableStatus === 'ACTIVE' && indexes.every((index) => index.IndexStatus === 'ACTIVE')) break;
      if (Date.now() > deadline)
        throw new Error(`table ${TableName} did not become ACTIVE within ${ACTIVE_WITHIN_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
