// Loads every handler from source after the environment is set (they read it at import).
import type { OperationId } from '@serverless-todo/contract';
import type { Handler } from './invoke.ts';

/** Every operation's handler, by operationId. */
export type Handlers = Record<OperationId, Handler>;

/**
 * Imports the handler modules (call after `useLambdaEnv`).
 *
 * @example
 * ```ts
 * const handlers = await loadHandlers();
 * ```
 */
export async function loadHandlers(): Promise<Handlers> {
  return {
    getHello: (await import('../../src/handlers/get-hello.ts')).handler,
    createTask: (await import('../../src/handlers/create-task.ts')).handler,
    listTasks: (await import('../../src/handlers/list-tasks.ts')).handler,
    getTask: (await import('../../src/handlers/get-task.ts')).handler,
    updateTask: (await import('../../src/handlers/update-task.ts')).handler,
    deleteTask: (await import('../../src/handlers/delete-task.ts')).handler,
    createAttachment: (await import('../../src/handlers/create-attachment.ts')).handler,
    listAttachments: (await import('../../src/handlers/list-attachments.ts')).handler,
    getAttachment: (await import('../../src/handlers/get-attachment.ts')).handler,
    deleteAttachment: (await import('../../src/handlers/delete-attachment.ts')).handler,
    getSummary: (await import('../../src/handlers/get-summary.ts')).handler,
  };
}
