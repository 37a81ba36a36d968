// Powertools idempotency persists through an AWS SDK client. It lives in the lazily loaded
// idempotency chunk, so only requests with an Idempotency-Key pay for loading the SDK, and
// it is configured from the same environment as the lean client.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamoConfig } from '../aws/dynamodb-config.ts';
import { DEFAULT_TIMEOUTS } from '../aws/signed-request.ts';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * An SDK client for the environment's DynamoDB endpoint, region and credentials.
 *
 * @example
 * ```ts
 * new DynamoDBPersistenceLayer({ tableName, awsSdkV3Client: sdkClient(process.env) });
 * ```
 */
export function sdkClient(env: Env): DynamoDBClient {
  const config = dynamoConfig(env);
  return new DynamoDBClient({
    endpoint: config.endpoint.href,
    region: config.region,
    credentials: async () => config.credentials(),
    requestHandler: { connectionTimeout: DEFAULT_TIMEOUTS.connectMs, requestTimeout: DEFAULT_TIMEOUTS.requestMs },
  });
}

/** The idempotency layer's client, created when the chunk first loads. */
export const idempotencyClient: DynamoDBClient = sdkClient(process.env);
