// Fault injection *below* the retries, on the handlers' own clients: each attempt of a call
// passes through here, so a fault shows what the retries (and then the handler) really do
// with it. The lean client's faults are wire answers, parsed by its real error handling.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoAttempt, DynamoDB, DynamoMiddleware } from '../../src/aws/dynamodb.ts';
import type { AwsResponse } from '../../src/aws/signed-request.ts';

/** One attempt of one DynamoDB call, as the wire sees it. */
export type Attempt = DynamoAttempt;

/** Decides what happens to an attempt; call `send()` to let it reach dynalite. */
export type Fault = DynamoMiddleware;

/**
 * Installs `fault` on the lean client and returns a function that removes it.
 *
 * @example
 * ```ts
 * const remove = injectFault(world.lambdaClient, async (a, send) => (a.attempt <= 2 ? throttledAnswer() : send()));
 * ```
 */
export function injectFault(client: DynamoDB, fault: Fault): () => void {
  return client.use(fault);
}

/** What an SDK-client fault decides: answer (or throw) itself, or `send()`. */
export type SdkFault = (attempt: Attempt, send: () => Promise<unknown>) => Promise<unknown>;

let counter = 0;

/**
 * Installs `fault` on an AWS SDK client (the idempotency layer's) below its retry middleware.
 *
 * @example
 * ```ts
 * const remove = injectSdkFault(world.idempotencyClient, async (a, send) => { throw throttlingError(); });
 * ```
 */
export function injectSdkFault(client: DynamoDBClient, fault: SdkFault): () => void {
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
 * A DynamoDB error answer as the wire carries it.
 *
 * @example
 * ```ts
 * injectFault(client, async () => errorAnswer('AccessDeniedException', 'not authorized'));
 * ```
 */
export function errorAnswer(code: string, message: string, status = 400): AwsResponse {
  return {
    status,
    headers: { 'content-type': 'application/x-amz-json-1.0' },
    body: Buffer.from(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${code}`, message })),
  };
}

/**
 * DynamoDB's throttling answer.
 *
 * @example
 * ```ts
 * return attempt.attempt <= 2 ? throttledAnswer() : send();
 * ```
 */
export const throttledAnswer = (): AwsResponse =>
  errorAnswer(
    'ProvisionedThroughputExceededException',
    'The level of configured provisioned throughput for the table was exceeded.',
  );

/**
 * A DynamoDB throttling error as the AWS SDK deserializes it (for {@link injectSdkFault}).
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
  return Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
}

/**
 * Runs `run` while every attempt of every call fails with `failure` (an answer, or an error
 * thrown as a bug would be), so what surfaces is what outlives the retries.
 *
 * @example
 * ```ts
 * const answer = await withFailingDynamo(world.lambdaClient, throttledAnswer(), () => invoke(…));
 * ```
 */
export async function withFailingDynamo<T>(
  client: DynamoDB,
  failure: AwsResponse | Error,
  run: () => Promise<T>,
  onAttempt: (attempt: Attempt) => void = () => {},
): Promise<T> {
  const remove = client.use(async (attempt) => {
    onAttempt(attempt);
    if (failure instanceof Error) throw failure;
    return failure;
  });
  try {
    return await run();
  } finally {
    remove();
  }
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
