// A minimal DynamoDB JSON-protocol call, enough for the admin work the local API does itself
// (ListTables, CreateTable) and for tests that count items, without pulling in the AWS SDK.
import { DynamoCallError } from '../errors.ts';

/**
 * Calls one DynamoDB action on a local endpoint (dynalite checks only that a SigV4-shaped
 * Authorization header is present, so a fixed one is enough).
 *
 * @example
 * ```ts
 * const { TableNames } = await dynamoCall<{ TableNames: string[] }>(endpoint, 'ListTables', {});
 * ```
 */
export async function dynamoCall<T = Record<string, unknown>>(
  endpoint: string,
  action: string,
  input: Readonly<Record<string, unknown>>,
): Promise<T> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.0',
      'X-Amz-Target': `DynamoDB_20120810.${action}`,
      'X-Amz-Date': new Date().toISOString().replace(/[-:]|\.\d{3}/g, ''),
      Authorization:
        'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=local',
    },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as T & { __type?: string; message?: string; Message?: string };
  if (!response.ok) {
    const type = (body.__type ?? 'UnknownError').split('#').pop() ?? 'UnknownError';
    throw new DynamoCallError(type, body.message ?? body.Message ?? `HTTP ${response.status}`);
  }
  return body;
}
