// A DynamoDB client with the DocumentClient's inputs and outputs (native values; the
// lib-dynamodb command types describe them) over one signed JSON call per attempt, with the
// SDK's standard retries. It replaces @aws-sdk/client-dynamodb + lib-dynamodb in the
// functions' cold path, where those cost more than Node itself takes to start.
import type {
  BatchGetCommandInput,
  BatchGetCommandOutput,
  BatchWriteCommandInput,
  BatchWriteCommandOutput,
  DeleteCommandInput,
  DeleteCommandOutput,
  GetCommandInput,
  GetCommandOutput,
  PutCommandInput,
  PutCommandOutput,
  QueryCommandInput,
  QueryCommandOutput,
  ScanCommandInput,
  ScanCommandOutput,
  TransactWriteCommandInput,
  TransactWriteCommandOutput,
  UpdateCommandInput,
  UpdateCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { AwsError } from './aws-error.ts';
import { type DynamoConfig, dynamoConfig } from './dynamodb-config.ts';
import {
  convertKeysAndAttributes,
  convertWriteRequests,
  marshallRequest,
  marshallTransactItems,
  unmarshallAnswer,
  unmarshallResponses,
} from './dynamodb-marshalling.ts';
import { withRetries } from './retry.ts';
import { type AwsResponse, signedRequest, type Timeouts } from './signed-request.ts';

type Out<T> = Omit<T, '$metadata'>;

/** One attempt of one call, as the wire sees it. */
export interface DynamoAttempt {
  /** The API operation: 'PutItem', 'Query', … */
  readonly operation: string;
  readonly tableName: string | undefined;
  /** 1-based attempt number of this call. */
  readonly attempt: number;
}

/**
 * Wraps every attempt below the retries (so retries see what it does): call `send()` to let
 * the attempt reach DynamoDB, or answer (or throw) without it.
 */
export type DynamoMiddleware = (attempt: DynamoAttempt, send: () => Promise<AwsResponse>) => Promise<AwsResponse>;

/** The operations the functions use, DocumentClient-shaped. */
export interface DynamoDB {
  get(input: GetCommandInput): Promise<Out<GetCommandOutput>>;
  put(input: PutCommandInput): Promise<Out<PutCommandOutput>>;
  update(input: UpdateCommandInput): Promise<Out<UpdateCommandOutput>>;
  delete(input: DeleteCommandInput): Promise<Out<DeleteCommandOutput>>;
  query(input: QueryCommandInput): Promise<Out<QueryCommandOutput>>;
  scan(input: ScanCommandInput): Promise<Out<ScanCommandOutput>>;
  transactWrite(input: TransactWriteCommandInput): Promise<Out<TransactWriteCommandOutput>>;
  batchWrite(input: BatchWriteCommandInput): Promise<Out<BatchWriteCommandOutput>>;
  batchGet(input: BatchGetCommandInput): Promise<Out<BatchGetCommandOutput>>;
  /** Adds a middleware (metrics, tests' fault injection); returns its removal. */
  use(middleware: DynamoMiddleware): () => void;
}

/** Options of {@link createDynamoDB}. */
export interface DynamoOptions {
  readonly config?: DynamoConfig;
  readonly timeouts?: Timeouts;
}

/**
 * A DynamoDB client; without options, configured from `process.env`.
 *
 * @example
 * ```ts
 * const db = createDynamoDB();
 * const { Item } = await db.get({ TableName: 'tasks', Key: { user_id: 'u1', task_id: 't1' } });
 * ```
 */
export function createDynamoDB(options: DynamoOptions = {}): DynamoDB {
  const config = options.config ?? dynamoConfig(process.env);
  const middlewares: DynamoMiddleware[] = [];

  const call = async (operation: string, tableName: string | undefined, body: object) => {
    const payload = JSON.stringify(body);
    const answer = await withRetries(async (attempt) => {
      const wire = () =>
        signedRequest({
          service: 'dynamodb',
          region: config.region,
          method: 'POST',
          url: config.endpoint,
          headers: {
            'content-type': 'application/x-amz-json-1.0',
            'x-amz-target': `DynamoDB_20120810.${operation}`,
          },
          body: payload,
          credentials: config.credentials(),
          timeouts: options.timeouts,
        });
      const send = middlewares.reduceRight<() => Promise<AwsResponse>>(
        (next, middleware) => () => middleware({ operation, tableName, attempt }, next),
        wire,
      );
      const response = await send();
      if (response.status !== 200) throw dynamoError(response);
      return JSON.parse(response.body.toString('utf8') || '{}') as Record<string, unknown>;
    });
    return answer;
  };
  const single = async (operation: string, input: { TableName?: string | undefined }) =>
    unmarshallAnswer(await call(operation, input.TableName, marshallRequest(input)));

  return {
    get: (input) => single('GetItem', input),
    put: (input) => single('PutItem', input),
    update: (input) => single('UpdateItem', input),
    delete: (input) => single('DeleteItem', input),
    query: (input) => single('Query', input),
    scan: (input) => single('Scan', input),
    transactWrite: async (input) => {
      const body = { ...input, TransactItems: marshallTransactItems((input.TransactItems ?? []) as object[] as []) };
      return call('TransactWriteItems', undefined, body);
    },
    batchWrite: async (input) => {
      const answer = await call('BatchWriteItem', undefined, {
        ...input,
        RequestItems: convertWriteRequests(input.RequestItems as Record<string, unknown[]>, 'toWire'),
      });
      const unprocessed = answer.UnprocessedItems as Record<string, unknown[]> | undefined;
      return { ...answer, UnprocessedItems: unprocessed && convertWriteRequests(unprocessed, 'fromWire') };
    },
    batchGet: async (input) => {
      const answer = await call('BatchGetItem', undefined, {
        ...input,
        RequestItems: convertKeysAndAttributes(input.RequestItems as Record<string, unknown>, 'toWire'),
      });
      const responses = answer.Responses as Record<string, unknown[]> | undefined;
      const unprocessed = answer.UnprocessedKeys as Record<string, unknown> | undefined;
      return {
        ...answer,
        Responses: responses && unmarshallResponses(responses),
        UnprocessedKeys: unprocessed && convertKeysAndAttributes(unprocessed, 'fromWire'),
      };
    },
    use(middleware) {
      middlewares.push(middleware);
      return () => {
        const at = middlewares.indexOf(middleware);
        if (at >= 0) middlewares.splice(at, 1);
      };
    },
  } as DynamoDB;
}

/**
 * The error of a non-200 answer: DynamoDB's JSON error body names the code after a `#`
 * (`com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException`).
 *
 * @example
 * ```ts
 * throw dynamoError({ status: 400, headers: {}, body: Buffer.from('{"__type":"…#ValidationException","message":"x"}') });
 * ```
 */
export function dynamoError(response: AwsResponse): AwsError {
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(response.body.toString('utf8')) as Record<string, unknown>;
  } catch {
    // A body that is not JSON (a proxy's HTML page): the status decides.
  }
  const { __type, message, Message, ...details } = parsed;
  const type = typeof __type === 'string' ? __type : String(response.headers['x-amzn-errortype'] ?? '');
  const code =
    type.split('#').pop()?.split(':')[0] || (response.status >= 500 ? 'InternalServerError' : 'UnknownError');
  const text = typeof message === 'string' ? message : typeof Message === 'string' ? Message : code;
  if (details.Item !== undefined) details.Item = unmarshallAnswer({ Item: details.Item }).Item;
  if (Array.isArray(details.CancellationReasons)) {
    details.CancellationReasons = details.CancellationReasons.map((reason) => unmarshallAnswer(reason));
  }
  return new AwsError(code, text, response.status, details);
}

/** The function instance's client, built at module scope so warm invocations reuse its connections. */
export const dynamodb: DynamoDB = createDynamoDB();
