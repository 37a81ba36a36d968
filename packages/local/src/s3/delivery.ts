// S3 invokes a function asynchronously: it does not wait for the result, and Lambda retries
// a failed invocation twice before dropping the event (or sending it to an on-failure
// destination). Lambda waits about a minute, then two, between attempts; locally the waits
// are short so that a failing handler shows its retries while you watch.
import { randomUUID } from 'node:crypto';
import type { S3EventRecord } from 'aws-lambda';
import type { FunctionRuntime, InvokeOutcome } from '../gateway/function-runtime.ts';
import type { LogSink } from '../server/access-log.ts';

/** Lambda's default MaximumRetryAttempts for asynchronous invocation. */
export const ASYNC_RETRY_ATTEMPTS = 2;
/** Waits before the first and the second retry (Lambda: about 1 and 2 minutes). */
export const LOCAL_RETRY_DELAYS_MS: readonly number[] = [200, 400];

const failure = (outcome: InvokeOutcome) =>
  outcome.kind === 'timeout'
    ? 'Task timed out'
    : outcome.kind === 'error'
      ? `${outcome.error.errorType}: ${outcome.error.errorMessage}`
      : null;

/** What delivery needs of a function's runtime. */
export type Invoker = Pick<FunctionRuntime, 'invoke'>;

/** Sends S3 notifications to functions, one record per invocation, with Lambda's retries. */
export class AsyncDelivery {
  readonly #log: LogSink;
  readonly #delays: readonly number[];
  readonly #inFlight = new Set<Promise<void>>();
  /** Wakes the deliveries waiting to retry, so that drain() need not sit out their waits. */
  readonly #sleepers = new Set<() => void>();
  #stopped = false;

  /**
   * @example
   * ```ts
   * const delivery = new AsyncDelivery(log);
   * delivery.deliver(runtime, 'UploadedFunction', record);
   * await delivery.drain();
   * ```
   */
  constructor(log: LogSink, delays: readonly number[] = LOCAL_RETRY_DELAYS_MS) {
    this.#log = log;
    this.#delays = delays;
  }

  /** Queues one invocation with `{ Records: [record] }`; returns at once, as S3 does. */
  deliver(runtime: Invoker, functionId: string, record: S3EventRecord): void {
    const run = this.#attempts(runtime, functionId, record).finally(() => this.#inFlight.delete(run));
    this.#inFlight.add(run);
  }

  async #attempts(runtime: Invoker, functionId: string, record: S3EventRecord): Promise<void> {
    const what = `${record.eventName} ${record.s3.bucket.name}/${record.s3.object.key}`;
    for (let attempt = 0; attempt <= ASYNC_RETRY_ATTEMPTS; attempt++) {
      if (attempt > 0) await this.#sleep(this.#delays[attempt - 1] ?? 0);
      if (this.#stopped) return this.#log(`S3 ${what} → ${functionId}: not delivered, the local API stopped`);
      const requestId = randomUUID();
      const problem = failure(await runtime.invoke({ Records: [record] }, requestId));
      if (problem === null) return this.#log(`S3 ${what} → ${functionId} ${requestId}`);
      this.#log(`S3 ${what} → ${functionId} ${requestId} failed (attempt ${attempt + 1}): ${problem}`);
    }
    this.#log(`S3 ${what} → ${functionId}: dropped after ${ASYNC_RETRY_ATTEMPTS} retries`);
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((ok) => {
      const wake = () => {
        clearTimeout(timer);
        this.#sleepers.delete(wake);
        ok();
      };
      const timer = setTimeout(wake, ms);
      this.#sleepers.add(wake);
    });
  }

  /** Stops retrying and waits for the invocations already running. */
  async drain(): Promise<void> {
    this.#stopped = true;
    for (const wake of [...this.#sleepers]) wake();
    await Promise.all([...this.#inFlight]);
  }
}
