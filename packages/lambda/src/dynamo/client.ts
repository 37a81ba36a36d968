// The one DocumentClient of a function instance, built at module scope so every invocation
// of a warm instance reuses its connections.
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The client configuration for an environment: plain AWS defaults in Lambda; with
 * `DYNAMODB_ENDPOINT` (local runs against dynalite) dummy region and credentials unless the
 * environment gives real ones, so a laptop without AWS configuration still works.
 *
 * @example
 * ```ts
 * clientConfig({ DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' }).region; // 'local'
 * ```
 */
export function clientConfig(env: Env): DynamoDBClientConfig {
  const config: DynamoDBClientConfig = {
    // Fail a hung connection well inside the 10 s function timeout, leaving room for the
    // SDK's retries (3 attempts by default) and a problem response.
    requestHandler: { connectionTimeout: 1000, requestTimeout: 2500 },
  };
  const endpoint = env.DYNAMODB_ENDPOINT;
  if (endpoint) {
    config.endpoint = endpoint;
    config.region = env.AWS_REGION || 'local';
    if (!env.AWS_ACCESS_KEY_ID) config.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  }
  return config;
}

/**
 * Wraps a client in a DocumentClient that drops undefined attributes instead of failing on them.
 *
 * @example
 * ```ts
 * const client = createDocumentClient(new DynamoDBClient(clientConfig(process.env)));
 * ```
 */
export function createDocumentClient(base: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
}

/** The function instance's low-level client; the idempotency layer shares it. */
export const dynamoClient: DynamoDBClient = new DynamoDBClient(clientConfig(process.env));

/** The function instance's DocumentClient, over {@link dynamoClient}. */
export const documentClient: DynamoDBDocumentClient = createDocumentClient(dynamoClient);
