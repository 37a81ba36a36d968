import type { HttpHandler, WebSocketHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import type { SetupServer } from 'msw/node';
import { describe, expectTypeOf, it } from 'vitest';
import type { setupTodoWorker } from '../src/browser.ts';
import { createTodoHandlers, devToken, type FaultRule, type Seed, type TodoHandlersOptions } from '../src/index.ts';
import type { setupTodoServer } from '../src/node.ts';

describe('public types', () => {
  it('returns MSW handlers and setups', () => {
    expectTypeOf(createTodoHandlers({ baseUrl: '/api' })).toEqualTypeOf<HttpHandler[]>();
    expectTypeOf(
      createTodoHandlers({ baseUrl: '/api', realtime: { url: 'ws://127.0.0.1:3000/realtime' } }),
    ).toEqualTypeOf<Array<HttpHandler | WebSocketHandler>>();
    expectTypeOf<ReturnType<typeof setupTodoServer>>().toEqualTypeOf<SetupServer>();
    expectTypeOf<ReturnType<typeof setupTodoWorker>>().toEqualTypeOf<SetupWorker>();
    expectTypeOf(devToken).parameter(0).toEqualTypeOf<string>();
  });

  it('types fault rules by the contract’s operation ids and documented statuses', () => {
    expectTypeOf<{ operationId: 'createTask'; status: 503; times: 2 }>().toExtend<FaultRule>();
    expectTypeOf<{ network: true }>().toExtend<FaultRule>();
    // @ts-expect-error -- 500 is not a throttling status
    const wrongStatus: FaultRule = { status: 500 };
    // @ts-expect-error -- not an operation of openapi.yaml
    const wrongOperation: FaultRule = { operationId: 'listUsers', status: 429 };
    expectTypeOf(wrongStatus).toExtend<FaultRule>();
    expectTypeOf(wrongOperation).toExtend<FaultRule>();
  });

  it('types seeds as TaskCreate plus optional server-owned fields', () => {
    expectTypeOf<{ u1: [{ title: 'a'; version: 3 }] }>().toExtend<Seed>();
    // @ts-expect-error -- title is required
    const noTitle: Seed = { u1: [{ status: 'done' }] };
    // @ts-expect-error -- not a Task field
    const extra: Seed = { u1: [{ title: 'a', priority: 1 }] };
    expectTypeOf(noTitle).toExtend<Seed>();
    expectTypeOf(extra).toExtend<Seed>();
  });

  it('accepts the three delay forms only', () => {
    expectTypeOf<{ baseUrl: string; delay: [100, 400] }>().toExtend<TodoHandlersOptions>();
    expectTypeOf<{ baseUrl: string; delay: 'real' }>().toExtend<TodoHandlersOptions>();
    // @ts-expect-error -- not a delay form
    const fast: TodoHandlersOptions = { baseUrl: '', delay: 'fast' };
    expectTypeOf(fast).toExtend<TodoHandlersOptions>();
  });
});
