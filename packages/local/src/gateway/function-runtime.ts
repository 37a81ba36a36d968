// One function's execution environment, in this process: its env applied, its bundle
// imported once and kept warm, each invocation raced against the function's timeout.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { FunctionModel } from '../template/model.ts';
import { lambdaContext } from './lambda-context.ts';

/** How an invocation ended. */
export type InvokeOutcome =
  | { readonly kind: 'result'; readonly value: unknown }
  | { readonly kind: 'error'; readonly error: unknown }
  | { readonly kind: 'timeout' };

type Handler = (event: unknown, context: unknown, callback: (error: unknown, result?: unknown) => void) => unknown;

const EXTENSIONS = ['.mjs', '.js', '.cjs'];
// Every environment gets its own module instance (a fresh query string), as a new Lambda
// execution environment would: a restarted API or a timed-out function starts cold.
let generation = 0;

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

/** Runs one function's handler in-process. */
export class FunctionRuntime {
  readonly #fn: FunctionModel;
  readonly #env: Record<string, string>;
  readonly #log: (line: string) => void;
  #handler: Promise<Handler> | null = null;

  /**
   * @example
   * ```ts
   * const runtime = new FunctionRuntime(fn, { DYNAMODB_ENDPOINT: endpoint }, console.log);
   * const outcome = await runtime.invoke(event, randomUUID());
   * ```
   */
  constructor(fn: FunctionModel, sharedEnv: Readonly<Record<string, string>>, log: (line: string) => void) {
    this.#fn = fn;
    this.#env = { ...runtimeEnv(fn), ...fn.environment, ...sharedEnv };
    this.#log = log;
  }

  /** The names of the variables this function sets. */
  get envNames(): string[] {
    return Object.keys(this.#env);
  }

  /** Applies this function's environment to the process (functions share it, like one host). */
  applyEnv(): void {
    Object.assign(process.env, this.#env);
  }

  #entryFile(): string {
    const base = join(this.#fn.codeDir, this.#fn.handlerModule);
    const file = EXTENSIONS.map((ext) => base + ext).find((f) => existsSync(f));
    if (!file)
      throw new Error(
        `${this.#fn.logicalId}: no bundle at ${base}{${EXTENSIONS.join(',')}}; build the functions first`,
      );
    return file;
  }

  async #load(): Promise<Handler> {
    const started = performance.now();
    this.applyEnv(); // bundles read their env at module load
    const url = `${pathToFileURL(this.#entryFile()).href}?env=${++generation}`;
    const module = (await import(url)) as Record<string, unknown>;
    const handler = module[this.#fn.exportName];
    if (typeof handler !== 'function')
      throw new Error(`${this.#fn.logicalId}: the module exports no ${this.#fn.exportName}()`);
    this.#log(`cold start ${this.#fn.logicalId} (init ${Math.round(performance.now() - started)} ms)`);
    return handler as Handler;
  }

  /** Invokes the handler once; never rejects. */
  async invoke(event: APIGatewayProxyEvent, awsRequestId: string): Promise<InvokeOutcome> {
    const timeoutMs = this.#fn.timeoutSeconds * 1000;
    const deadline = Date.now() + timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<InvokeOutcome>((resolve) => {
      timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
    });
    const run = (async (): Promise<InvokeOutcome> => {
      this.#handler ??= this.#load();
      let handler: Handler;
      try {
        handler = await this.#handler;
      } catch (error) {
        this.#handler = null; // an init error is retried on the next request, as Lambda does
        return { kind: 'error', error };
      }
      this.applyEnv();
      return new Promise<InvokeOutcome>((resolve) => {
        const settle = (error: unknown, value?: unknown) =>
          resolve(error ? { kind: 'error', error } : { kind: 'result', value });
        try {
          const returned = handler(event, lambdaContext(this.#fn, awsRequestId, deadline, settle), settle);
          if (returned && typeof (returned as Promise<unknown>).then === 'function') {
            (returned as Promise<unknown>).then(
              (value) => settle(null, value),
              (error) => settle(error ?? new Error('rejected')),
            );
          }
        } catch (error) {
          settle(error);
        }
      });
    })();
    const outcome = await Promise.race([run, timedOut]);
    clearTimeout(timer);
    // A timed-out environment is discarded: the next request gets a fresh (cold) one.
    if (outcome.kind === 'timeout') this.#handler = null;
    return outcome;
  }
}
