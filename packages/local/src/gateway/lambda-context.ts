// The Lambda context object, as the Node.js runtime builds it for one invocation.
import type { Context } from 'aws-lambda';
import { LOCAL_ACCOUNT, LOCAL_REGION } from '../template/intrinsics.ts';
import type { FunctionModel } from '../template/model.ts';

/** How an invocation ended through the legacy context methods or the callback. */
export type Settle = (error: unknown, result?: unknown) => void;

/**
 * Builds the context for one invocation that must finish by `deadline` (epoch ms).
 *
 * @example
 * ```ts
 * const context = lambdaContext(fn, 'c6af9ac6-…', Date.now() + 10_000, settle);
 * context.getRemainingTimeInMillis(); // ≈ 10000
 * ```
 */
export function lambdaContext(fn: FunctionModel, awsRequestId: string, deadline: number, settle: Settle): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: fn.logicalId,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${fn.logicalId}`,
    // The Node.js runtime passes the memory size as a string.
    memoryLimitInMB: String(fn.memoryMB),
    awsRequestId,
    logGroupName: `/aws/lambda/${fn.logicalId}`,
    logStreamName: `local/[$LATEST]${awsRequestId.replaceAll('-', '')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: (error, result) => settle(error ?? null, result),
    fail: (error) => settle(error ?? new Error('context.fail')),
    succeed: (result: unknown) => settle(null, result),
  };
}
