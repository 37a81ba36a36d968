// One function's execution environment in this process: a worker thread with the function's
// env that imports its bundle once and stays warm. A timed-out or crashed environment is
// replaced by a fresh (cold) one, as Lambda does.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { LogSink } from '../server/access-log.ts';
import type { FunctionModel } from '../template/model.ts';
import { FunctionWorker, type InvokeOutcome, type OutputSink } from './function-worker.ts';

export type { InvokeOutcome, OutputSink };

const EXTENSIONS = ['.mjs', '.js', '.cjs'];

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

/** Runs one function's invocations. */
export class FunctionRuntime {
  readonly #fn: FunctionModel;
  readonly #env: Record<string, string>;
  readonly #log: LogSink;
  readonly #output: OutputSink;
  #current: FunctionWorker | null = null;
  readonly #retired = new Set<FunctionWorker>();

  /**
   * @example
   * ```ts
   * const runtime = new FunctionRuntime(fn, { DYNAMODB_ENDPOINT: endpoint }, log, inheritOutput);
   * const outcome = await runtime.invoke(event, randomUUID());
   * ```
   */
  constructor(fn: FunctionModel, sharedEnv: Readonly<Record<string, string>>, log: LogSink, output: OutputSink) {
    this.#fn = fn;
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined)) as Record<
      string,
      string
    >;
    this.#env = { ...inherited, ...runtimeEnv(fn), ...fn.environment, ...sharedEnv };
    this.#log = log;
    this.#output = output;
  }

  #entryFile(): string | null {
    const base = join(this.#fn.codeDir, this.#fn.handlerModule);
    return EXTENSIONS.map((ext) => base + ext).find((f) => existsSync(f)) ?? null;
  }

  #retire(worker: FunctionWorker): void {
    if (this.#current === worker) this.#current = null;
    if (worker.busy === 0) void worker.terminate();
    else this.#retired.add(worker);
  }

  /** Invokes the handler once; never rejects. */
  async invoke(event: APIGatewayProxyEvent, awsRequestId: string): Promise<InvokeOutcome> {
    if (this.#current && !this.#current.alive) this.#current = null;
    if (!this.#current) {
      const entry = this.#entryFile();
      if (!entry) {
        const errorMessage = `no bundle at ${join(this.#fn.codeDir, this.#fn.handlerModule)}{${EXTENSIONS.join(',')}}: build the functions first`;
        return { kind: 'error', error: { errorType: 'Runtime.ImportModuleError', errorMessage, stack: [] } };
      }
      const id = this.#fn.logicalId;
      this.#current = new FunctionWorker(this.#fn, entry, this.#env, this.#output, (ms) =>
        this.#log(`cold start ${id} (init ${Math.round(ms)} ms)`),
      );
    }
    const worker = this.#current;
    const outcome = await worker.invoke(event, awsRequestId, this.#fn.timeoutSeconds * 1000);
    // Lambda ends a timed-out environment; its other invocations (none, in Lambda) may finish.
    if (outcome.kind === 'timeout') this.#retire(worker);
    for (const old of this.#retired) {
      if (old.busy === 0) {
        this.#retired.delete(old);
        void old.terminate();
      }
    }
    return outcome;
  }

  /** Ends every environment of this function. */
  async stop(): Promise<void> {
    const all = [...this.#retired, ...(this.#current ? [this.#current] : [])];
    this.#current = null;
    this.#retired.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
}
