// The function bundles the benchmarks load: the same artifacts the local API serves and SAM
// deploys (packages/lambda/dist/<LogicalId>/index.mjs), rebuilt first when stale.
import {
  buildFunctions,
  isBuildStale,
  type LambdaFunction,
  lambdaFunctions,
  lambdaStack,
  stackEnvironment,
} from '@serverless-todo/lambda/build';

/** One built function. */
export interface FunctionBundle {
  readonly logicalId: string;
  readonly kind: LambdaFunction['kind'];
  /** The operation an http function serves; null for other kinds. */
  readonly operationId: string | null;
  /** Absolute path of its entry file. */
  readonly entry: string;
  /** Its handler source (what the reference variant rebuilds the usual way). */
  readonly source: string;
}

let ready: Promise<FunctionBundle[]> | undefined;

async function ensureBuilt(): Promise<FunctionBundle[]> {
  if (await isBuildStale()) {
    console.log('  building the function bundles (stale or missing)…');
    await buildFunctions();
  }
  return lambdaFunctions().map((fn) => ({
    logicalId: fn.logicalId,
    kind: fn.kind,
    operationId: fn.operationId,
    entry: fn.outfile,
    source: fn.entry,
  }));
}

/**
 * Every function of template.yaml with its bundle, building them once per run if stale.
 *
 * @example
 * ```ts
 * const bundles = await functionBundles();
 * bundles.map((b) => b.logicalId); // ['GetHelloFunction', 'CreateTaskFunction', …]
 * ```
 */
export function functionBundles(): Promise<FunctionBundle[]> {
  ready ??= ensureBuilt();
  return ready;
}

/** The cursor key the benchmarks' functions sign with. */
const BENCH_CURSOR_SECRET = 'bench-cursor-secret-0123456789abcdef';

/**
 * The environment the functions read at load: what template.yaml sets on them (from the
 * stack model), plus what the Lambda runtime would set. No DynamoDB call happens at import.
 */
export const LAMBDA_ENV: Readonly<Record<string, string>> = {
  ...stackEnvironment(lambdaStack({ CursorSecret: BENCH_CURSOR_SECRET })),
  // Both sides of every comparison run silent, so logging cost never skews a ratio; the same
  // for metrics, which would otherwise write one EMF line per call to the bench's stdout.
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  POWERTOOLS_METRICS_DISABLED: 'true',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  AWS_LAMBDA_FUNCTION_NAME: 'bench-function',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};
