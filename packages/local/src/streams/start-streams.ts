// DynamoDB Streams for the local API: the capture proxy the functions write through, one
// shard per stream table, and per `Type: DynamoDB` event as many pollers as its
// ParallelizationFactor (the records of one item always to the same one), each invoking
// the function.
import type { RequestListener } from 'node:http';
import { StreamsNotDrainedError } from '../errors.ts';
import type { InvokeOutcome } from '../gateway/function-runtime.ts';
import type { LogSink } from '../server/access-log.ts';
import { LOCAL_ACCOUNT, LOCAL_REGION } from '../template/local-place.ts';
import type { StreamMappingModel, TableModel } from '../template/model.ts';
import { startCaptureProxy } from './capture-proxy.ts';
import { parsePatterns } from './event-filter.ts';
import { type DiscardedBatch, writeFailure } from './failure-destination.ts';
import { KeyLocks } from './key-lock.ts';
import { byLane } from './lanes.ts';
import { type BatchInvoker, MappingRunner } from './mapping-runner.ts';
import { StreamShard } from './shard.ts';
import type { StreamViewType } from './stream-record.ts';
import { Upstream } from './upstream.ts';
import { type CaptureTable, WriteCapture } from './write-capture.ts';

/**
 * `MaximumRetryAttempts: -1` retries until the record expires (24 h) in AWS, which would
 * stall a local shard for good on one bad record: locally it means this many retries.
 */
export const LOCAL_MAX_RETRY_ATTEMPTS = 10;
/** How long drained() waits by default. */
export const DRAIN_TIMEOUT_MS = 30_000;

/** What the streams need from the local API. */
export interface StreamsOptions {
  /** The embedded dynalite's request handler: the proxy hands requests to it in-process. */
  readonly dynamo: RequestListener;
  readonly tables: readonly TableModel[];
  readonly mappings: readonly StreamMappingModel[];
  /** Invokes a function by logical id with a stream event; never rejects. */
  readonly invoke: (functionId: string, event: object, requestId: string) => Promise<InvokeOutcome>;
  /** The JSON-lines file standing in for on-failure destinations. */
  readonly failuresFile: string;
  readonly log: LogSink;
}

/** Running streams. */
export interface LocalStreams {
  /** The DynamoDB endpoint to give the functions. */
  readonly endpoint: string;
  readonly failuresFile: string;
  /** Resolves once every captured record was delivered or discarded; rejects after `timeoutMs`. */
  drained(timeoutMs?: number): Promise<void>;
  /** Stops polling: resolves when no poller runs any more (end the runtimes meanwhile). */
  halt(): Promise<void>;
  /** Closes the proxy and its connections. */
  close(): Promise<void>;
}

const keyNamesOf = (table: TableModel) => {
  const schema = (table.createTableInput.KeySchema ?? []) as { AttributeName: string; KeyType: string }[];
  return [...schema]
    .sort((a, b) => (a.KeyType === 'HASH' ? -1 : b.KeyType === 'HASH' ? 1 : 0))
    .map((k) => k.AttributeName);
};

/**
 * Starts the streams of the tables that have a StreamSpecification.
 *
 * @example
 * ```ts
 * const streams = await startStreams({ dynamo: dynamo.handle, tables, mappings, invoke, failuresFile, log });
 * sharedEnv.AWS_ENDPOINT_URL_DYNAMODB = streams.endpoint;
 * ```
 */
export async function startStreams(options: StreamsOptions): Promise<LocalStreams> {
  const shards = new Map<string, StreamShard>();
  const captured = new Map<string, CaptureTable>();
  for (const table of options.tables) {
    if (table.streamViewType === null) continue;
    const name = String(table.createTableInput.TableName);
    const keyNames = keyNamesOf(table);
    const shard = new StreamShard({
      keyNames,
      viewType: table.streamViewType as StreamViewType,
      streamArn: table.streamArn,
      region: LOCAL_REGION,
    });
    shards.set(name, shard);
    captured.set(name, { shard, keyNames });
  }
  const waiters = new Set<() => void>();
  const runners: MappingRunner[] = [];
  const upstream = new Upstream(options.dynamo);
  let proxyInFlight = () => 0;
  const idle = () => proxyInFlight() === 0 && runners.every((r) => r.idle);
  const changed = () => {
    if (!idle()) return;
    for (const wake of waiters) wake();
  };
  for (const mapping of options.mappings) {
    const shard = shards.get(mapping.tableName)!;
    const { event } = mapping;
    const settings = {
      functionArn: `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${mapping.functionId}`,
      shardId: shard.shardId,
      streamArn: shard.table.streamArn,
      batchSize: event.batchSize,
      windowMs: event.maximumBatchingWindowInSeconds * 1000,
      maxRetries: event.maximumRetryAttempts < 0 ? LOCAL_MAX_RETRY_ATTEMPTS : event.maximumRetryAttempts,
      bisect: event.bisectBatchOnFunctionError,
      reportBatchItemFailures: event.reportBatchItemFailures,
      patterns: parsePatterns(event.filters, `${mapping.functionId}.${event.name}`),
      destination: event.onFailure,
    };
    const invoke: BatchInvoker = (batch, requestId) => options.invoke(mapping.functionId, batch, requestId);
    const discard = (batch: DiscardedBatch) => {
      writeFailure(options.failuresFile, batch);
      options.log(
        `streams: ${mapping.functionId} gave up on ${batch.records.length} record(s) after ${batch.invokeCount} attempts: ${options.failuresFile}`,
      );
    };
    const laneRunners = Array.from(
      { length: event.parallelizationFactor },
      () => new MappingRunner(settings, invoke, discard, changed),
    );
    shard.subscribe((records) => {
      const lanes = byLane(records, shard.table.keyNames, laneRunners.length);
      lanes.forEach((lane, i) => {
        if (lane.length > 0) laneRunners[i]!.push(lane);
      });
    });
    runners.push(...laneRunners);
  }
  const capture = new WriteCapture(captured, upstream, new KeyLocks(), options.log);
  const proxy = await startCaptureProxy(upstream, capture, options.log, changed);
  proxyInFlight = () => proxy.inFlight;
  for (const runner of runners) runner.start();
  return {
    endpoint: proxy.endpoint,
    failuresFile: options.failuresFile,
    drained(timeoutMs = DRAIN_TIMEOUT_MS) {
      if (idle()) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const wake = () => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new StreamsNotDrainedError(timeoutMs));
        }, timeoutMs);
        waiters.add(wake);
      });
    },
    async halt() {
      await Promise.all(runners.map((r) => r.stop()));
    },
    async close() {
      await proxy.close();
      await upstream.close();
    },
  };
}
