// One function's execution environments, as Lambda runs them: each environment (a worker
// thread with the function's env and its own module graph) serves one invocation at a time
// and stays warm for the next; concurrent requests get more environments, each with its own
// cold start, up to a cap beyond which requests wait their turn. A timed-out or crashed
// environment is discarded.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LogSink } from '../server/access-log.ts';
import type { FunctionModel } from '../template/model.ts';
import { FunctionWorker, type InvokeOutcome, type LambdaEvent, type OutputSink } from './function-worker.ts';

export type { InvokeOutcome, LambdaEvent, OutputSink };

const EXTENSIONS = ['.mjs', '.js', '.cjs'];
/** API Gateway gives up on an integration after 29 s, queueing included. */
export const INTEGRATION_TIMEOUT_MS = 29_000;

/** The variables the Lambda runtime itself sets, before the function's own. */
function runtimeEnv(fn: FunctionModel): Record<string, string> {
  return {
    AWS_LAMBDA_FUNCTION_NAME: fn.logicalId,
    // Powertools reports cold starts only for on-demand environments, as Lambda marks them.
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memoryMB),
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${fn.logicalId}`,
    _HANDLER: `${fn.handlerModule}.${fn.exportName}`,
  };
}

/** How a function's environments are made and how many may run at once. */
export interface RuntimeOptions {
  /** Read when an environment starts, so values known only once the server listens apply. */
  readonly sharedEnv: Readonly<Record<string, string>>;
  /** Rewrites the merged environment as an environment starts (e.g. AWS endpoints → local ones). */
  readonly rewriteEnv?: (env: Record<string, string>) => Record<string, string>;
  readonly log: LogSink;
  readonly output: OutputSink;
  /** Most environments alive at once for this function. */
  readonly maxEnvironments: number;
  /** Invocations one environment runs at once (1 in Lambda's classic model). */
  readonly invocationsPerEnvironment: number;
}

/** Runs one function's invocations. */
export class FunctionRuntime {
  readonly #fn: FunctionModel;
  readonly #inherited: Record<string, string>;
  readonly #options: RuntimeOptions;
  /** Environments taking new invocations, oldest (warmest) first. */
  readonly #live: FunctionWorker[] = [];
  /** Environments ended by a timeout, finishing what they still run. */
  readonly #retiring = new Set<FunctionWorker>();
  readonly #waiting: (() => void)[] = [];

  /**
   * @example
   * ```ts
   * const runtime = new FunctionRuntime(fn, { sharedEnv, log, output, maxEnvironments: 4, invocationsPerEnvironment: 1 });
   * const outcome = await runtime.invoke(event, randomUUID());
   * ```
   */
  constructor(fn: FunctionModel, options: RuntimeOptions) {
    this.#fn = fn;
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined)) as Record<
      string,
      string
    >;
    this.#inherited = inherited;
    this.#options = options;
  }

  #env(): Record<string, string> {
    const env = { ...this.#inherited, ...runtimeEnv(this.#fn), ...this.#fn.environment, ...this.#options.sharedEnv };
    return this.#options.rewriteEnv ? this.#options.rewriteEnv(env) : env;
  }

  #entry: string | null = null;

  /** The bundle's entry file, looked up until found, then kept (a rebuild keeps its path). */
  #entryFile(): string | null {
    if (this.#entry === null) {
      const base = join(this.#fn.codeDir, this.#fn.handlerModule);
      this.#entry = EXTENSIONS.map((ext) => base + ext).find((f) => existsSync(f)) ?? null;
    }
    return this.#entry;
  }

  #spawn(entry: string): FunctionWorker {
    const id = this.#fn.logicalId;
    const worker = new FunctionWorker(this.#fn, entry, this.#env(), this.#options.output, (ms) =>
      this.#options.log(`cold start ${id} (init ${Math.round(ms)} ms)`),
    );
    this.#live.push(worker);
    return worker;
  }

  /** The least busy live environment with a free slot (ties: the oldest, i.e. warmest). */
  #free(): FunctionWorker | undefined {
    let best: FunctionWorker | undefined;
    for (const worker of this.#live) {
      if (worker.alive && worker.busy < this.#options.invocationsPerEnvironment && (!best || worker.busy < best.busy)) {
        best = worker;
      }
    }
    return best;
  }

  /** An environment with a free slot: an existing one, a new one, or the next one freed. */
  async #acquire(entry: string, waitMs: number): Promise<FunctionWorker | null> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      for (const dead of this.#live.filter((w) => !w.alive)) this.#drop(dead);
      const free = this.#free();
      if (free) return free;
      if (this.#live.length < this.#options.maxEnvironments) return this.#spawn(entry);
      const woken = await new Promise<boolean>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
        const timer = setTimeout(() => {
          this.#waiting.splice(this.#waiting.indexOf(wake), 1);
          resolve(false);
        }, deadline - Date.now());
        this.#waiting.push(wake);
      });
      if (!woken) return null;
    }
  }

  /** Takes an environment out of service; it ends once nothing runs in it any more. */
  #drop(worker: FunctionWorker): void {
    const at = this.#live.indexOf(worker);
    if (at >= 0) this.#live.splice(at, 1);
    this.#retiring.add(worker);
  }

  #settled(worker: FunctionWorker, reusable: boolean): void {
    if (!reusable || !worker.alive) this.#drop(worker);
    for (const old of this.#retiring) {
      if (old.busy === 0 || !old.alive) {
        this.#retiring.delete(old);
        void old.terminate();
      }
    }
    this.#waiting.shift()?.();
  }

  /**
   * Invokes the handler once; never rejects. `budgetMs` bounds the wait for an environment
   * plus the run: API Gateway's 29 s for API events; an event source mapping passes its own.
   */
  async invoke(event: LambdaEvent, awsRequestId: string, budgetMs = INTEGRATION_TIMEOUT_MS): Promise<InvokeOutcome> {
    const entry = this.#entryFile();
    if (!entry) {
      const errorMessage = `no bundle at ${join(this.#fn.codeDir, this.#fn.handlerModule)}{${EXTENSIONS.join(',')}}: build the functions first`;
      return { kind: 'error', error: { errorType: 'Runtime.ImportModuleError', errorMessage, stack: [] } };
    }
    const started = Date.now();
    const worker = await this.#acquire(entry, budgetMs);
    if (!worker) return { kind: 'timeout' };
    const timeoutMs = Math.min(this.#fn.timeoutSeconds * 1000, budgetMs - (Date.now() - started));
    const outcome = await worker.invoke(event, awsRequestId, timeoutMs);
    // Lambda ends a timed-out environment (and a crashed one is gone anyway).
    this.#settled(worker, outcome.kind !== 'timeout');
    return outcome;
  }

  /** Ends every environment of this function. */
  async stop(): Promise<void> {
    const all = [...this.#live, ...this.#retiring];
    this.#live.length = 0;
    this.#retiring.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
}
