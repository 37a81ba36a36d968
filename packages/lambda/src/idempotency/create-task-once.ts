// Idempotent create (IETF httpapi Idempotency-Key draft) on the Powertools idempotency
// layer with its DynamoDB persistence. Loaded lazily by the createTask handler, only for
// requests that carry the header, so it costs nothing at cold start.
import {
  IdempotencyAlreadyInProgressError,
  IdempotencyConfig,
  IdempotencyInconsistentStateError,
  IdempotencyValidationError,
  makeIdempotent,
} from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { Task } from '@serverless-todo/contract';
import type { Context } from 'aws-lambda';
import { IdempotencyKeyReusedError, RequestInProgressError } from '../errors.ts';
import { logger } from '../observability/logger.ts';
import { createTask, type NewTask } from '../tasks/create-task.ts';
import type { TaskTable } from '../tasks/table.ts';
import { idempotencyClient } from './sdk-client.ts';

/** One idempotent create. */
export interface CreateOnceRequest {
  readonly table: TaskTable;
  readonly idempotencyTable: string;
  readonly principal: string;
  readonly key: string;
  readonly body: NewTask;
  readonly context: Context;
}

/** What the layer hashes: the key (with its owner) identifies, the body must match. */
interface Fingerprint {
  readonly principal: string;
  readonly idempotency_key: string;
  readonly body: NewTask;
}

/** The spec promises replays "within 24 hours". */
const EXPIRES_AFTER_SECONDS = 24 * 60 * 60;

/** Per call: the task, once stored, so a failure to *record* success cannot hide it. */
interface Outcome {
  task?: Task;
}

type CreateOnce = (fingerprint: Fingerprint, context: Context, outcome: Outcome) => Promise<Task>;
const byTable = new Map<string, CreateOnce>();

function createOnceFor(table: TaskTable, idempotencyTable: string): CreateOnce {
  const cacheKey = `${table.tableName}\n${idempotencyTable}`;
  let once = byTable.get(cacheKey);
  if (once === undefined) {
    const config = new IdempotencyConfig({
      // Keys are scoped to the principal: the same key from two users is two requests.
      eventKeyJmesPath: '[principal, idempotency_key]',
      // The validated body (defaults filled, key order ignored) is the request fingerprint.
      payloadValidationJmesPath: 'body',
      throwOnNoIdempotencyKey: true,
      expiresAfterSeconds: EXPIRES_AFTER_SECONDS,
      hashFunction: 'sha256',
    });
    const persistenceStore = new DynamoDBPersistenceLayer({
      tableName: idempotencyTable,
      awsSdkV3Client: idempotencyClient,
    });
    once = makeIdempotent(
      async (fingerprint: Fingerprint, _context: Context, outcome: Outcome) => {
        outcome.task = await createTask(table, fingerprint.principal, fingerprint.body);
        return outcome.task;
      },
      { persistenceStore, config, keyPrefix: 'createTask' },
    );
    byTable.set(cacheKey, once);
  }
  return once;
}

/**
 * Creates a task at most once per (principal, Idempotency-Key): a retry with the same body
 * gets the first task back; another body, or a retry while the first is still running,
 * fails with the matching domain error.
 *
 * @throws {IdempotencyKeyReusedError} when the key was used with a different body (422).
 * @throws {RequestInProgressError} when the first request with the key is still running (409).
 * @example
 * ```ts
 * const task = await createTaskOnce({ table, idempotencyTable, principal, key, body, context });
 * ```
 */
export async function createTaskOnce(request: CreateOnceRequest): Promise<Task> {
  const once = createOnceFor(request.table, request.idempotencyTable);
  const outcome: Outcome = {};
  try {
    return await once(
      { principal: request.principal, idempotency_key: request.key, body: request.body },
      request.context,
      outcome,
    );
  } catch (error) {
    // The task is stored but its idempotency record was not completed (e.g. throttled):
    // answer 201 rather than a 5xx that would invite a retry, and a duplicate, later.
    if (outcome.task !== undefined) {
      logger.warn('task created, idempotency record not completed', { error });
      return outcome.task;
    }
    if (error instanceof IdempotencyValidationError) throw new IdempotencyKeyReusedError(undefined, { cause: error });
    if (error instanceof IdempotencyAlreadyInProgressError || error instanceof IdempotencyInconsistentStateError) {
      throw new RequestInProgressError(undefined, { cause: error });
    }
    throw error;
  }
}
