// Where a function's DynamoDB calls go: the regional endpoint in Lambda, or the endpoint the
// environment names (the local API's emulated DynamoDB, a test's dynalite).
import { type AwsCredentials, credentialsFromEnv } from './credentials.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** Endpoint, signing region and identity of a DynamoDB client. */
export interface DynamoConfig {
  readonly endpoint: URL;
  readonly region: string;
  readonly credentials: () => AwsCredentials;
}

/**
 * The configuration an environment describes: `DYNAMODB_ENDPOINT` overrides the endpoint
 * (then a missing region is `local` and missing keys are dummies, so dynalite works on a
 * laptop without AWS configuration); otherwise `AWS_REGION`'s regional endpoint.
 *
 * @example
 * ```ts
 * dynamoConfig({ DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' }).region; // 'local'
 * ```
 */
export function dynamoConfig(env: Env): DynamoConfig {
  const override = env.DYNAMODB_ENDPOINT;
  const region = env.AWS_REGION || (override ? 'local' : 'us-east-1');
  return {
    endpoint: new URL(override || `https://dynamodb.${region}.amazonaws.com/`),
    region,
    credentials: () => credentialsFromEnv(env, Boolean(override)),
  };
}
