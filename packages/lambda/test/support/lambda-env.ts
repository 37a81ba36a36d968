// The environment the handlers read at module scope, pointed at a test dynalite. Set it
// before importing a handler module (the tests import them dynamically for that reason).
import { lambdaStack, stackEnvironment } from '../../build/lambda-stack.ts';
import type { LocalDynamo } from './dynalite.ts';

/** The HMAC key the tests' list function signs cursors with. */
export const TEST_CURSOR_SECRET = 'test-cursor-secret-0123456789abcdef';

/** What template.yaml sets on the functions, with the tests' cursor secret. */
export const TEMPLATE_ENV: Readonly<Record<string, string>> = stackEnvironment(
  lambdaStack({ CursorSecret: TEST_CURSOR_SECRET }),
);

/**
 * Sets the variables every function reads, as template.yaml does in AWS, pointed at `dynamo`.
 *
 * @example
 * ```ts
 * useLambdaEnv(dynamo);
 * const { handler } = await import('../src/handlers/get-task.ts');
 * ```
 */
export function useLambdaEnv(dynamo: LocalDynamo, overrides: Record<string, string> = {}): void {
  Object.assign(process.env, {
    ...TEMPLATE_ENV,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    // Quiet by default; the logging and metrics tests turn them on for themselves.
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    POWERTOOLS_METRICS_NAMESPACE: 'serverless-todo-test',
    POWERTOOLS_METRICS_DISABLED: 'true',
    AWS_LAMBDA_FUNCTION_NAME: 'test-function',
    // As the Lambda runtime sets it: Powertools counts a cold start only for on-demand instances.
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    ...overrides,
  });
}
