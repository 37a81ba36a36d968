// The lean AWS layer on its own, for tools and tests that call AWS the way the functions do.
export { AwsError, isRetryable } from './aws-error.ts';
export { batchGetAll, UnprocessedKeysError } from './batch-get-all.ts';
export { type AwsCredentials, credentialsFromEnv } from './credentials.ts';
export { createDynamoDB, type DynamoAttempt, type DynamoDB, type DynamoMiddleware, dynamoError } from './dynamodb.ts';
export { type DynamoConfig, dynamoConfig } from './dynamodb-config.ts';
export { type RetryPolicy, STANDARD_RETRY, withRetries } from './retry.ts';
export { createS3, type ObjectHead, type PresignedPost, type S3, s3Error } from './s3.ts';
export { objectUrl, type S3Config, s3Config } from './s3-config.ts';
export { type AwsRequest, type AwsResponse, DEFAULT_TIMEOUTS, signedRequest, type Timeouts } from './signed-request.ts';
