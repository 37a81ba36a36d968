// The function bundles the benchmarks load: the same artifacts the local API serves and SAM
// deploys (packages/lambda/dist/<operationId>/index.mjs), rebuilt first when stale.
import { join } from 'node:path';
import { buildFunctions, isBuildStale, loadTemplate, templateFunctions } from '@serverless-todo/lambda/build';
import { distPath } from '@serverless-todo/lambda/template';

/** One built function. */
export interface FunctionBundle {
  readonly operationId: string;
  /** Absolute path of its entry, `dist/<operationId>/index.mjs`. */
  readonly entry: string;
}

let ready: Promise<FunctionBundle[]> | undefined;

async function ensureBuilt(): Promise<FunctionBundle[]> {
  if (await isBuildStale()) {
    console.log('  building the function bundles (stale or missing)…');
    await buildFunctions();
  }
  return templateFunctions(loadTemplate()).map((fn) => ({
    operationId: fn.operationId,
    entry: join(distPath, fn.operationId, 'index.mjs'),
  }));
}

/**
 * Every function of template.yaml with its bundle, building them once per run if stale.
 *
 * @example
 * ```ts
 * const bundles = await functionBundles();
 * bundles.map((b) => b.operationId); // ['getHello', 'createTask', …]
 * ```
 */
export function functionBundles(): Promise<FunctionBundle[]> {
  ready ??= ensureBuilt();
  return ready;
}

/** The environment a function reads at load, as template.yaml would set it (no DynamoDB call at import). */
export const LAMBDA_ENV: Readonly<Record<string, string>> = {
  TABLE_NAME: 'TasksTable',
  IDEMPOTENCY_TABLE_NAME: 'IdempotencyTable',
  CURSOR_SECRET: 'bench-cursor-secret-0123456789abcdef',
  CORS_ALLOW_ORIGINS: '*',
  POWERTOOLS_SERVICE_NAME: 'serverless-todo-bench',
  // Both sides of every comparison run silent, so logging cost never skews a ratio; the same
  // for metrics, which would otherwise write one EMF line per call to the bench's stdout.
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  POWERTOOLS_METRICS_NAMESPACE: 'serverless-todo-bench',
  POWERTOOLS_METRICS_DISABLED: 'true',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  AWS_LAMBDA_FUNCTION_NAME: 'bench-function',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};
