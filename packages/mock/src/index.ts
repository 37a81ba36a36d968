export type {
  Attachment,
  AttachmentCreate,
  AttachmentStatus,
  OperationId,
  Task,
  TaskCreate,
  TaskList,
  TaskStatus,
  TaskUpdate,
} from '@serverless-todo/contract';
export { type DevTokenClaims, devToken } from './dev-token.ts';
export { InvalidMockOptionsError, InvalidSeedError } from './errors.ts';
export { createTodoHandlers, DEFAULT_BUCKET_URL } from './handlers.ts';
export type {
  FaultRule,
  LatencyOption,
  NetworkFault,
  Seed,
  SeedTask,
  StatusFault,
  TodoHandlersOptions,
  TodoMockOptions,
} from './options.ts';
export { createRealtimeHandler, type RealtimeMockOptions } from './realtime-handler.ts';
export type { RealtimeLimits } from './realtime-limits.ts';
