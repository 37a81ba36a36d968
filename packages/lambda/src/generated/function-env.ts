// Generated from template.yaml by `pnpm generate`. Do not edit.

/** The environment variables template.yaml sets on each function, Globals’ first. */
export const FUNCTION_ENV = {
  PreflightFunction: ['POWERTOOLS_SERVICE_NAME', 'POWERTOOLS_LOG_LEVEL', 'CORS_ALLOW_ORIGINS', 'CORS_ALLOW_HEADERS', 'CORS_MAX_AGE'],
  GetHelloFunction: ['POWERTOOLS_SERVICE_NAME', 'POWERTOOLS_LOG_LEVEL', 'CORS_ALLOW_ORIGINS'],
  CreateTaskFunction: ['POWERTOOLS_SERVICE_NAME', 'POWERTOOLS_LOG_LEVEL', 'CORS_ALLOW_ORIGINS', 'TABLE_NAME', 'IDEMPOTENCY_TABLE_NAME'],
  ListTasksFunction: ['POWERTOOLS_SERVICE_NAME', 'POWERTOOLS_LOG_LEVEL', 'CORS_ALLOW_ORIGINS', 'TABLE_NAME', 'CURSOR_SECRET'],
  GetTaskFunction: ['POWERTOOLS_SERVICE_NAME', 'POWERTOOLS_LOG_LEVEL', 'CORS_ALLOW_ORIGINS', 'TABLE_NAME'],
  UpdateTaskFunction: ['POWERTOOLS_SERVICE_NAME', 'POWERTOOLS_LOG_LEVEL', 'CORS_ALLOW_ORIGINS', 'TABLE_NAME'],
  DeleteTaskFunction: ['POWERTOOLS_SERVICE_NAME', 'POWERTOOLS_LOG_LEVEL', 'CORS_ALLOW_ORIGINS', 'TABLE_NAME'],
} as const;

/** The logical id of a function of template.yaml. */
export type FunctionId = keyof typeof FUNCTION_ENV;
