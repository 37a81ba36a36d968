// Fault injection *below* the SDK's retry middleware, on the handlers' own client: each
// attempt of a call passes through here, so a fault shows what the SDK's retries (and then
// the handler) really do with it. aws-sdk-client-mock replaces `send`, above the retries,
// so it can only model what is left after them.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** One attempt of one DynamoDB call, as the wire sees it. */
export interface Attempt {
  /** The API operation, from the X-Amz-Target header: 'PutItem', 'Query', … */
  readonly operation: string;
  readonly tableName: string | undefined;
  /** 1-based attempt number of this call. */
  readonly attempt: number;
}

/** Decides what happens to an attempt; call `send()` to let it reach dynalite. */
export type Fault = (attempt: Attempt, send: () => Promise<unknown>) => Promise<unknown>;

let counter = 0;

/**
 * Installs `fault` on the client's middleware stack and returns a function that removes it.
 *
 * @example
 * ```ts
 * const remove = injectFault(dynamoClient, async (a, send) => (a.attempt <= 2 ? throttle() : send()));
 * ```
 */
export function injectFault(client: DynamoDBClient, fault: Fault): () => void {
  const name = `test-fault-${++counter}`;
  client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { headers?: Record<string, string> };
      const target = request.headers?.['x-amz-target'] ?? '';
      const attempt = Number((request.headers?.['amz-sdk-request'] ?? 'attempt=1').match(/attempt=(\d+)/)?.[1] ?? 1);
      const input = args.input as { TableName?: string };
      return (await fault({ operation: target.split('.').pop() ?? '', tableName: input.TableName, attempt }, () =>
        next(args),
      )) as Awaited<ReturnType<typeof next>>;
    },
    { step: 'deserialize', priority: 'high', name },
  );
  return () => {
    client.middlewareStack.remove(name);
  };
}

/**
 * A DynamoDB throttling error as the SDK deserializes it.
 *
 * @example
 * ```ts
 * throw throttlingError();
 * ```
 */
export function throttlingError(): Error {
  return Object.assign(new Error('The level of configured provisioned throughput for the table was exceeded.'), {
    name: 'ProvisionedThroughputExceededException',
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
  });
}

/**
 * The error a dropped connection gives after the request was sent: retryable, and the
 * caller cannot know whether the write happened.
 *
 * @example
 * ```ts
 * await send(); throw lostResponseError();
 * ```
 */
export function lostResponseError(): Error {
  return Object.assign(new Error('socket hang up'), { name: 'Error', code: 'ECONNRESET', $metadata: {} });
}

/**
 * Resolves after `ms` (a fault that holds a call in flight).
 *
 * @example
 * ```ts
 * await pause(50);
 * ```
 */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
