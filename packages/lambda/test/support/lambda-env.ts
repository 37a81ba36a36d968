// The environment the handlers read at module scope, pointed at a test dynalite. Set it
// before importing a handler module (the tests import them dynamically for that reason).
import type { LocalDynamo } from './dynalite.ts';

/** The HMAC key the tests' list function signs cursors with. */
export const TEST_CURSOR_SECRET = 'test-cursor-secret-0123456789abcdef';

/**
 * Sets the variables every function reads, as template.yaml would in AWS.
 *
 * @example
 * ```ts
 * useLambdaEnv(dynamo);
 * const { handler } = await import('../src/handlers/get-task.ts');
 * ```
 */
export function useLambdaEnv(dynamo: LocalDynamo, overrides: Record<string, string> = {}): void {
  Object.assign(process.env, {
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    TABLE_NAME: dynamo.tables.TasksTable,
    IDEMPOTENCY_TABLE_NAME: dynamo.tables.IdempotencyTable,
    CURSOR_SECRET: TEST_CURSOR_SECRET,
    CORS_ALLOW_ORIGINS: '*',
    POWERTOOLS_SERVICE_NAME: 'serverless-todo-test',
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
