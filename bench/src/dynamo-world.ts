// One in-process dynalite (127.0.0.1, port 0) with the template's tables, and the function
// bundles loaded into this process against it: the shared ground of the data-layer, list
// and local-API suites, so each comparison's two sides hit the very same database.
import { pathToFileURL } from 'node:url';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTableInputs } from '@serverless-todo/lambda/build';
import { startDynalite } from '@serverless-todo/testkit';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { functionBundles, LAMBDA_ENV } from './lambda-bundles.ts';

/** A function's handler as its bundle exports it. */
export type Handler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

/** The running database and what talks to it. */
export interface DynamoWorld {
  readonly endpoint: string;
  /** A bare DocumentClient (the SDK from node_modules), the baseline of the data-layer suite. */
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** The handler of an operation, from its bundle loaded into this process. */
  handler(operationId: string): Handler;
}

let world: Promise<{ world: DynamoWorld; close: () => Promise<void> }> | undefined;

async function start(): Promise<{ world: DynamoWorld; close: () => Promise<void> }> {
  const db = await startDynalite({ tables: createTableInputs() });
  const { endpoint } = db;
  // The bundles read their configuration once, at module scope: set it before importing.
  Object.assign(process.env, LAMBDA_ENV, { DYNAMODB_ENDPOINT: endpoint });
  const handlers = new Map<string, Handler>();
  for (const bundle of (await functionBundles()).filter((b) => b.kind === 'http')) {
    const module = (await import(pathToFileURL(bundle.entry).href)) as { handler: Handler };
    if (bundle.operationId !== null) handlers.set(bundle.operationId, module.handler);
  }
  return {
    world: {
      endpoint,
      client: DynamoDBDocumentClient.from(db.client),
      tableName: LAMBDA_ENV.TABLE_NAME as string,
      handler(operationId) {
        const found = handlers.get(operationId);
        if (!found) throw new Error(`no function bundle for ${operationId}`);
        return found;
      },
    },
    close: db.stop,
  };
}

/**
 * The run's dynalite and loaded handlers, started on first use.
 *
 * @example
 * ```ts
 * const world = await dynamoWorld();
 * await world.handler('getHello')(event, context);
 * ```
 */
export async function dynamoWorld(): Promise<DynamoWorld> {
  world ??= start();
  return (await world).world;
}

/** Stops the dynalite if a suite started it (the runner calls this once, at the end). */
export async function closeDynamoWorld(): Promise<void> {
  if (!world) return;
  const started = world;
  world = undefined;
  await (await started).close();
}
