// One event source mapping reading one shard, as Lambda's poller does: batches of up to
// BatchSize records (after filtering), gathered for up to the batching window, one batch in
// flight, in order. A failed batch is retried (from the checkpoint a partial failure report
// names, or split in two with BisectBatchOnFunctionError) until MaximumRetryAttempts, then
// sent to the on-failure destination, and the shard moves on.
import { randomUUID } from 'node:crypto';
import type { InvokeOutcome } from '../gateway/function-runtime.ts';
import { batchOutcome } from './batch-outcome.ts';
import { delivered, type Pattern } from './event-filter.ts';
import type { DiscardedBatch } from './failure-destination.ts';
import type { LocalStreamRecord } from './stream-record.ts';

/** A mapping's settings, from the template's `Type: DynamoDB` event. */
export interface MappingSettings {
  readonly functionArn: string;
  readonly shardId: string;
  readonly streamArn: string;
  readonly batchSize: number;
  readonly windowMs: number;
  /** Already capped locally (the template's -1 means "until the record expires"). */
  readonly maxRetries: number;
  readonly bisect: boolean;
  readonly reportBatchItemFailures: boolean;
  readonly patterns: readonly Pattern[];
  readonly destination: string | null;
}

/** Invokes the function with a batch; never rejects. */
export type BatchInvoker = (event: { Records: LocalStreamRecord[] }, requestId: string) => Promise<InvokeOutcome>;

/** Lambda's invocation payload limit: a batch never exceeds it. */
const MAX_PAYLOAD_BYTES = 6 * 1024 * 1024;
/** With nothing to do the loop still wakes this often (every wait is bounded). */
const IDLE_WAKE_MS = 60_000;
/** Retries back off from this, doubling, up to RETRY_MAX_MS. */
const RETRY_BASE_MS = 20;
const RETRY_MAX_MS = 1_000;

/** One mapping's poller. */
export class MappingRunner {
  readonly #settings: MappingSettings;
  readonly #invoke: BatchInvoker;
  readonly #discard: (batch: DiscardedBatch) => void;
  readonly #changed: () => void;
  readonly #queue: LocalStreamRecord[] = [];
  /** Sizes of the next batches, when a failed batch was split. */
  readonly #splits: number[] = [];
  /** Failed invocations of the record at the head of the queue. */
  #failures = 0;
  #busy = false;
  #stopped = false;
  #wake: (() => void) | null = null;
  #loop: Promise<void> | null = null;

  /**
   * @example
   * ```ts
   * const runner = new MappingRunner(settings, invoke, (batch) => writeFailure(file, batch), onChange);
   * shard.subscribe((records) => runner.push(records));
   * runner.start();
   * ```
   */
  constructor(
    settings: MappingSettings,
    invoke: BatchInvoker,
    discard: (batch: DiscardedBatch) => void,
    changed: () => void,
  ) {
    this.#settings = settings;
    this.#invoke = invoke;
    this.#discard = discard;
    this.#changed = changed;
  }

  /** Nothing queued and nothing in flight. */
  get idle(): boolean {
    return this.#queue.length === 0 && !this.#busy;
  }

  /** Queues the records the filters let through (Lambda drops the others). */
  push(records: readonly LocalStreamRecord[]): void {
    for (const record of records) if (delivered(this.#settings.patterns, record)) this.#queue.push(record);
    this.#wake?.();
  }

  start(): void {
    this.#loop ??= this.#run();
  }

  /** Stops polling; a batch in flight is abandoned once its invocation ends. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#wake?.();
    await this.#loop;
  }

  #wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#wake = null;
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      this.#wake = done;
    });
  }

  /** Up to `size` queued records, within the payload limit (at least one). */
  #batch(size: number): LocalStreamRecord[] {
    const batch: LocalStreamRecord[] = [];
    let bytes = 20;
    for (const record of this.#queue) {
      if (batch.length >= size) break;
      bytes += Buffer.byteLength(JSON.stringify(record)) + 1;
      if (batch.length > 0 && bytes > MAX_PAYLOAD_BYTES) break;
      batch.push(record);
    }
    return batch;
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      if (this.#queue.length === 0) {
        this.#changed();
        await this.#wait(IDLE_WAKE_MS);
        continue;
      }
      // A fresh batch waits for the window to fill it; retries and split halves do not.
      if (this.#settings.windowMs > 0 && this.#failures === 0 && this.#splits.length === 0) {
        const deadline = Date.now() + this.#settings.windowMs;
        while (!this.#stopped && this.#queue.length < this.#settings.batchSize && Date.now() < deadline) {
          await this.#wait(deadline - Date.now());
        }
      }
      if (this.#stopped) break;
      const batch = this.#batch(this.#splits[0] ?? this.#settings.batchSize);
      this.#busy = true;
      const outcome = await this.#invoke({ Records: batch }, randomUUID());
      this.#busy = false;
      if (this.#stopped) break;
      await this.#settle(batch, outcome);
    }
    this.#changed();
  }

  /** Drops the first `count` queued records: they are done (or discarded). */
  #commit(count: number): void {
    this.#queue.splice(0, count);
  }

  async #settle(batch: LocalStreamRecord[], invoked: InvokeOutcome): Promise<void> {
    const { bisect, maxRetries } = this.#settings;
    const outcome = batchOutcome(batch, invoked, this.#settings.reportBatchItemFailures);
    if (outcome.kind === 'success') {
      this.#commit(batch.length);
      this.#failures = 0;
      this.#splits.shift();
      return;
    }
    let at = 0;
    if (outcome.kind === 'partial') {
      at = outcome.at;
      this.#commit(at);
      this.#failures = at > 0 ? 1 : this.#failures + 1;
      // Bisect with a report splits at the failed record; either way the rest is retried alone.
      if (bisect || this.#splits.length > 0) this.#splits.splice(0, 1, batch.length - at);
    } else if (bisect && batch.length > 1) {
      // A split is not a retry: retries are counted on the halves.
      const half = Math.ceil(batch.length / 2);
      this.#splits.splice(0, 1, half, batch.length - half);
    } else {
      this.#failures++;
    }
    if (this.#failures > maxRetries) {
      const discarded = batch.slice(at);
      this.#discard({
        functionArn: this.#settings.functionArn,
        shardId: this.#settings.shardId,
        streamArn: this.#settings.streamArn,
        destination: this.#settings.destination,
        records: discarded,
        invokeCount: this.#failures,
        functionError: outcome.kind === 'failure' && outcome.functionError,
        requestId: randomUUID(),
      });
      this.#commit(discarded.length);
      this.#failures = 0;
      this.#splits.shift();
      return;
    }
    if (this.#failures > 0) {
      await this.#wait(Math.min(RETRY_BASE_MS * 2 ** (this.#failures - 1), RETRY_MAX_MS));
    }
  }
}
