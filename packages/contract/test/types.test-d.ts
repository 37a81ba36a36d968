import { describe, expectTypeOf, it } from 'vitest';
import type { OperationId, Task, TaskCreate, TaskUpdate, ValidRequest } from '../src/index.ts';

describe('contract types', () => {
  it('require a title on TaskCreate', () => {
    expectTypeOf<TaskCreate>().toHaveProperty('title');
    expectTypeOf<{ description: string }>().not.toMatchTypeOf<TaskCreate>();
    // @ts-expect-error a TaskCreate without title does not compile
    const missing: TaskCreate = { description: 'no title' };
    expectTypeOf(missing).toEqualTypeOf<TaskCreate>();
  });

  it('reject unknown fields and wrong status literals', () => {
    // @ts-expect-error additionalProperties: false → no unknown fields
    const extra: TaskCreate = { title: 'x', owner: 'y' };
    // @ts-expect-error 'archived' is not a TaskStatus
    const status: TaskUpdate = { status: 'archived' };
    expectTypeOf(extra).toEqualTypeOf<TaskCreate>();
    expectTypeOf(status).toEqualTypeOf<TaskUpdate>();
  });

  it('type a Task completely', () => {
    expectTypeOf<Task['status']>().toEqualTypeOf<'pending' | 'in_progress' | 'done'>();
    expectTypeOf<Task['due_date']>().toEqualTypeOf<string | null>();
    expectTypeOf<Task['version']>().toEqualTypeOf<number>();
  });

  it('give validated requests their defaults', () => {
    expectTypeOf<ValidRequest<'createTask'>['body']['status']>().toEqualTypeOf<'pending' | 'in_progress' | 'done'>();
    expectTypeOf<ValidRequest<'listTasks'>['query']['limit']>().toEqualTypeOf<number>();
    expectTypeOf<ValidRequest<'getTask'>['path']>().toEqualTypeOf<{ user_id: string; task_id: string }>();
    expectTypeOf<ValidRequest<'updateTask'>['headers']>().toHaveProperty('if-match');
    expectTypeOf<OperationId>().toEqualTypeOf<
      | 'getHello'
      | 'createTask'
      | 'listTasks'
      | 'getTask'
      | 'updateTask'
      | 'deleteTask'
      | 'createAttachment'
      | 'listAttachments'
      | 'getAttachment'
      | 'deleteAttachment'
      | 'getSummary'
    >();
  });
});
