// One function's execution environments, as Lambda runs them: each environment (a worker
// thread with the function's env and its own module graph) serves one invocation at a time
// and stays warm for the next; concurrent requests get more environments, each with its own
// cold start, up to a cap beyond which requests wait their turn. A timed-out or crashed
// environment is discarded.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { LogSink } from '../server/access-log.ts';
import type { FunctionModel } from '../template/model.ts';
import { FunctionWorker, type InvokeOutcome, type OutputSink } from './function-worker.ts';

export type { InvokeOutcome, OutputSink };

const EXTENSIONS = ['.mjs', '.js', '.cjs'];
/** API Gateway gives up on an integration after 29 s, queueing included. */
export const INTEGRATION_TIMEOUT_MS = 29_000;

/** The variables the Lambda runtime itself sets, before the function's own. */
function runtimeEnv(fn: FunctionModel): Record<string, string> {
  return {
    AWS_LAMBDA_FUNCTION_NAME: fn.logicalId,
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memoryMB),
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${fn.logicalId}`,
    _HANDLER: `${fn.handlerModule}.${fn.exportName}`,
  };
}

/** How a function's environments are made and how many may run at once. */
export interface RuntimeOptions {
  readonly sharedEnv: Readonly<Record<string, string>>;
  readonly log: LogSink;
  readonly output: OutputSink;
  /** Most environments alive at once for this function. */
  readonly maxEnvironments: number;
}

/** Runs one function's invocations. */
export class FunctionRuntime {
  readonly #fn: FunctionModel;
  readonly #env: Record<string, string>;
  readonly #options: RuntimeOptions;
  /** Warm and free, most recently used last (reused first, so state stays warm). */
  readonly #idle: FunctionWorker[] = [];
  readonly #all = new Set<FunctionWorker>();
  readonly #waiting: ((worker: FunctionWorker) => void)[] = [];

  /**
   * @example
   * ```ts
   * const runtime = new FunctionRuntime(fn, { sharedEnv, log, output, maxEnvironments: 4 });
   * const outcome = await runtime.invoke(event, randomUUID());
   * ```
   */
  constructor(fn: FunctionModel, options: RuntimeOptions) {
    this.#fn = fn;
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined)) as Record<
      string,
      string
    >;
    this.#env = { ...inherited, ...runtimeEnv(fn), ...fn.environment, ...options.sharedEnv };
    this.#options = options;
  }

  #entryFile(): string | null {
    const base = join(this.#fn.codeDir, this.#fn.handlerModule);
    return EXTENSIONS.map((ext) => base + ext).find((f) => existsSync(f)) ?? null;
  }

  #spawn(entry: string): FunctionWorker {
    const id = this.#fn.logicalId;
    const worker = new FunctionWorker(this.#fn, entry, this.#env, this.#options.output, (ms) =>
      this.#options.log(`cold start ${id} (init ${Math.round(ms)} ms)`),
    );
    this.#all.add(worker);
    return worker;
  }

  /** A free environment: a warm one, a new one, or the next one released. */
  #acquire(entry: string, waitMs: number): Promise<FunctionWorker | null> {
    const warm = this.#idle.pop();
    if (warm) return Promise.resolve(warm);
    if (this.#all.size < this.#options.maxEnvironments) return Promise.resolve(this.#spawn(entry));
    return new Promise((resolve) => {
      const take = (worker: FunctionWorker) => {
        clearTimeout(timer);
        resolve(worker);
      };
      const timer = setTimeout(() => {
        this.#waiting.splice(this.#waiting.indexOf(take), 1);
        resolve(null);
      }, waitMs);
      this.#waiting.push(take);
    });
  }

  #release(worker: FunctionWorker, reusable: boolean, entry: string): void {
    if (!reusable || !worker.alive) {
      this.#all.delete(worker);
      void worker.terminate();
      // The freed slot goes to the next waiting request, in a new environment.
      const next = this.#waiting.shift();
      if (next) next(this.#spawn(entry));
      return;
    }
    const next = this.#waiting.shift();
    if (next) next(worker);
    else this.#idle.push(worker);
  }

  /** Invokes the handler once; never rejects. */
  async invoke(event: APIGatewayProxyEvent, awsRequestId: string): Promise<InvokeOutcome> {
    const entry = this.#entryFile();
    if (!entry) {
      const errorMessage = `no bundle at ${join(this.#fn.codeDir, this.#fn.handlerModule)}{${EXTENSIONS.join(',')}}: build the functions first`;
      return { kind: 'error', error: { errorType: 'Runtime.ImportModuleError', errorMessage, stack: [] } };
    }
    const started = Date.now();
    const worker = await this.#acquire(entry, INTEGRATION_TIMEOUT_MS);
    if (!worker) return { kind: 'timeout' };
    const timeoutMs = Math.min(this.#fn.timeoutSeconds * 1000, INTEGRATION_TIMEOUT_MS - (Date.now() - started));
    const outcome = await worker.invoke(event, awsRequestId, timeoutMs);
    // Lambda ends a timed-out environment (and a crashed one is gone anyway).
    this.#release(worker, outcome.kind !== 'timeout', entry);
    return outcome;
  }

  /** Ends every environment of this function. */
  async stop(): Promise<void> {
    const all = [...this.#all];
    this.#all.clear();
    this.#idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }
}
