export type { OperationId, Task, TaskCreate, TaskList, TaskStatus, TaskUpdate } from '@serverless-todo/contract';
export { type DevTokenClaims, devToken } from './dev-token.ts';
export { InvalidMockOptionsError, InvalidSeedError } from './errors.ts';
export { createTodoHandlers } from './handlers.ts';
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
