// createTodoHandlers: one MSW handler per row of the contract's operation table, each
// running the API's pipeline: fault → auth (the gateway's authorizer) → contract
// validation → ownership → business logic → response with the API's headers.
import { type OperationId, type OperationInfo, operations, validateRequest } from '@serverless-todo/contract';
import { type HttpHandler, HttpResponse, http } from 'msw';
import { CursorBook } from './cursors.ts';
import { subjectOf } from './dev-token.ts';
import { errorReply } from './error-replies.ts';
import { FaultPlan } from './faults.ts';
import { IdempotencyLedger } from './idempotency.ts';
import { latencyOnce } from './latency.ts';
import { implementations, type MockState, type OperationCall } from './operations.ts';
import { checkOptions, type TodoHandlersOptions } from './options.ts';
import { problemReply, type ReplyContext, validationReply } from './reply.ts';
import { readRequest } from './request.ts';
import { seedStore } from './seed.ts';
import { TaskStore } from './store.ts';

const METHODS = { GET: http.get, POST: http.post, PUT: http.put, PATCH: http.patch, DELETE: http.delete } as const;

/** `/users/{user_id}/tasks` → `/users/:user_id/tasks`, MSW's path syntax. */
const mswPath = (template: string) => template.replace(/\{([^}]+)\}/g, ':$1');

const basePathOf = (base: string) =>
  base.startsWith('/') || base === '' ? base : new URL(base).pathname.replace(/\/+$/, '');

interface Pipeline {
  readonly state: MockState;
  readonly faults: FaultPlan;
  readonly basePath: string;
  readonly options: TodoHandlersOptions;
}

async function run(
  operation: OperationInfo,
  request: Request,
  params: Record<string, unknown>,
  p: Pipeline,
  reply: ReplyContext,
  pause: () => Promise<void>,
): Promise<Response> {
  const operationId = operation.operationId as OperationId;
  const fault = p.faults.next(operationId);
  if (fault?.kind === 'network') return HttpResponse.error();
  if (fault)
    return problemReply(
      reply,
      fault.status,
      { detail: 'Injected by the mock.' },
      { 'Retry-After': String(fault.retryAfter) },
    );

  const incoming = await readRequest(operationId, request, p.basePath, params);
  let principal = '';
  if (operation.auth) {
    principal = subjectOf(request.headers.get('authorization')) ?? '';
    if (principal === '') return problemReply(reply, 401);
  }
  const validation = validateRequest(operationId, incoming);
  if (!validation.ok) return validationReply(reply, validation.problem);
  const owner = (validation.value.path as { user_id?: string }).user_id;
  if (owner !== undefined && owner !== principal) return problemReply(reply, 403, { instance: incoming.path });

  const call = { request: validation.value, principal, incoming, reply, state: p.state, pause };
  const implementation = implementations[operationId] as (call: OperationCall<OperationId>) => Promise<Response>;
  try {
    return await implementation(call as OperationCall<OperationId>);
  } catch (error) {
    const answer = errorReply(reply, error, incoming.path);
    if (answer) return answer;
    throw error;
  }
}

/**
 * MSW request handlers for every operation of openapi.yaml, behaving like the real API:
 * bearer auth (any JWT's `sub`, unverified — see `devToken`), the contract's request
 * validation, ownership checks, a stateful in-memory store with DynamoDB's semantics,
 * ETags and If-Match, Idempotency-Key, opaque cursors, and the API's response headers.
 * Each call returns a new, independent store.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createTodoHandlers, devToken } from '@serverless-todo/mock';
 *
 * const server = setupServer(...createTodoHandlers({ baseUrl: 'http://127.0.0.1:3000' }));
 * server.listen({ onUnhandledRequest: 'error' });
 * const res = await fetch('http://127.0.0.1:3000/users/u1/tasks', {
 *   method: 'POST',
 *   headers: { authorization: `Bearer ${devToken('u1')}`, 'content-type': 'application/json' },
 *   body: JSON.stringify({ title: 'Learn AWS Lambda' }),
 * });
 * res.status; // 201
 * ```
 */
export function createTodoHandlers(options: TodoHandlersOptions): HttpHandler[] {
  const base = checkOptions(options);
  const store = new TaskStore();
  seedStore(store, options.seed);
  const pipeline: Pipeline = {
    state: { store, cursors: new CursorBook(), ledger: new IdempotencyLedger() },
    faults: new FaultPlan(options.faults),
    basePath: basePathOf(base),
    options,
  };
  return Object.values(operations).map((operation: OperationInfo) => {
    const route = METHODS[operation.method as keyof typeof METHODS];
    return route(base + mswPath(operation.path), async ({ request, params }) => {
      const reply: ReplyContext = { requestId: crypto.randomUUID() };
      const pause = latencyOnce(options.delay);
      let response: Response;
      try {
        response = await run(operation, request, params, pipeline, reply, pause);
      } catch {
        // A bug in the mock answers like the API's 500: generic, with the request id only.
        response = problemReply(reply, 500);
      }
      await pause();
      return response;
    });
  });
}
