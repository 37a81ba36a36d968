// The parent's handle on one execution environment (a worker thread running
// lambda-worker.mjs): sends invocations, matches their answers, notices a crash.
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { LOCAL_ACCOUNT, LOCAL_REGION } from '../template/local-place.ts';
import type { FunctionModel } from '../template/model.ts';

/** A failure as the Lambda runtime reports it. */
export interface InvokeError {
  readonly errorType: string;
  readonly errorMessage: string;
  readonly stack: readonly string[];
}

/** How an invocation ended. */
export type InvokeOutcome =
  | { readonly kind: 'result'; readonly value: unknown }
  | { readonly kind: 'error'; readonly error: InvokeError }
  | { readonly kind: 'timeout' };

/** Where a function's stdout and stderr go. */
export type OutputSink = (stream: Readable, name: 'stdout' | 'stderr') => void;

type WorkerMessage =
  | { type: 'cold-start'; ms: number }
  | { type: 'result'; id: number; json: string }
  | { type: 'error'; id: number; error: InvokeError };

const WORKER_FILE = new URL('./lambda-worker.mjs', import.meta.url);

/** One execution environment of a function. */
export class FunctionWorker {
  readonly #worker: Worker;
  readonly #pending = new Map<number, (outcome: InvokeOutcome) => void>();
  #nextId = 0;
  #dead = false;

  /**
   * @example
   * ```ts
   * const worker = new FunctionWorker(fn, '/repo/packages/lambda/dist/getHello/index.mjs', env, pipeOutput, log);
   * ```
   */
  constructor(
    fn: FunctionModel,
    entryFile: string,
    env: Readonly<Record<string, string>>,
    output: OutputSink,
    onColdStart: (ms: number) => void,
  ) {
    this.#worker = new Worker(WORKER_FILE, {
      workerData: {
        entryFile,
        exportName: fn.exportName,
        functionName: fn.logicalId,
        memoryMB: fn.memoryMB,
        region: LOCAL_REGION,
        account: LOCAL_ACCOUNT,
      },
      // Its own copy of the environment, like a Lambda sandbox; no loaders of the parent.
      env: { ...env },
      execArgv: [],
      // The heap limit stands in for the function's memory size (approximately).
      resourceLimits: { maxOldGenerationSizeMb: Math.max(64, fn.memoryMB) },
      stdout: true,
      stderr: true,
    });
    output(this.#worker.stdout, 'stdout');
    output(this.#worker.stderr, 'stderr');
    this.#worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'cold-start') return onColdStart(message.ms);
      const resolve = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (message.type === 'result') resolve?.({ kind: 'result', value: JSON.parse(message.json) });
      else resolve?.({ kind: 'error', error: message.error });
    });
    const crash = (error: unknown) => {
      this.#dead = true;
      const reported: InvokeError = {
        errorType: 'Runtime.ExitError',
        errorMessage: `the execution environment ended: ${(error as Error)?.message ?? String(error)}`,
        stack: String((error as Error)?.stack ?? '').split('\n'),
      };
      for (const resolve of this.#pending.values()) resolve({ kind: 'error', error: reported });
      this.#pending.clear();
    };
    this.#worker.on('error', crash);
    this.#worker.on('exit', (code) => crash(new Error(`exit code ${code}`)));
  }

  /** False once the worker crashed or was terminated. */
  get alive(): boolean {
    return !this.#dead;
  }

  /** Invocations sent and not answered yet. */
  get busy(): number {
    return this.#pending.size;
  }

  /** Runs one invocation with a time limit; resolves with its outcome, never rejects. */
  invoke(event: unknown, awsRequestId: string, timeoutMs: number): Promise<InvokeOutcome> {
    const id = ++this.#nextId;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id); // a late answer is dropped, as API Gateway stopped waiting
        resolve({ kind: 'timeout' });
      }, timeoutMs);
      this.#pending.set(id, (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      });
      this.#worker.postMessage({ type: 'invoke', id, event, awsRequestId, deadline: Date.now() + timeoutMs });
    });
  }

  /** Ends the environment; invocations still pending get an error. */
  async terminate(): Promise<void> {
    this.#dead = true;
    await this.#worker.terminate();
  }
}
