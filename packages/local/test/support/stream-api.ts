// Starts the local API on the streams fixture stack (test/fixtures/streams-template.yaml)
// with a DynamoDB client writing through its capture proxy, and reads what the fixture
// consumers received.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import type { LocalApi } from '../../src/index.ts';
import type { FailureRecord } from '../../src/streams/failure-destination.ts';
import { startFixtureApi, tempDir } from './fixture-api.ts';

export const STREAMS_TEMPLATE = join(import.meta.dirname, '../fixtures/streams-template.yaml');

/** A running streams fixture API. */
export interface StreamApi {
  readonly api: LocalApi & { lines: string[] };
  /** Writes through the capture proxy, as the functions do. */
  readonly db: DynamoDBClient;
  /** Every batch a consumer function received, in delivery order. */
  batches(functionId: string): DynamoDBStreamEvent[];
  /** The lines of the on-failure file. */
  failures(): FailureRecord[];
  stop(): Promise<void>;
}

const jsonLines = <T>(file: string): T[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as T)
    : [];

/**
 * Starts the streams fixture API.
 *
 * @example
 * ```ts
 * const s = await startStreamApi();
 * await s.db.send(new PutItemCommand({ TableName: 'EventsTable', Item: { id: { S: 'a' } } }));
 * await s.api.drained();
 * s.batches('RecordAllFunction');
 * ```
 */
export async function startStreamApi(): Promise<StreamApi> {
  const logs = tempDir('stream-logs-');
  const api = await startFixtureApi({ templatePath: STREAMS_TEMPLATE, env: { STREAM_LOG_DIR: logs.dir } });
  const db = new DynamoDBClient({
    endpoint: api.streamEndpoint!,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    api,
    db,
    batches: (functionId) => jsonLines<DynamoDBStreamEvent>(join(logs.dir, `${functionId}.jsonl`)),
    failures: () => jsonLines<FailureRecord>(api.streamFailuresFile!),
    async stop() {
      db.destroy();
      await api.stop();
      logs.remove();
    },
  };
}
