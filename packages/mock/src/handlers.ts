// createTodoHandlers: one MSW handler per row of the contract's operation table (never a
// hand-written route list), plus the gateway's answer for routes the API does not have.
import { type OperationInfo, operations } from '@serverless-todo/contract';
import { type HttpHandler, http, type WebSocketHandler } from 'msw';
import { AttachmentStore } from './attachments/attachment-store.ts';
import { FakeBucket } from './attachments/fake-bucket.ts';
import { CursorBook } from './cursors.ts';
import { failureReply } from './error-replies.ts';
import { FaultPlan } from './faults.ts';
import { IdempotencyLedger } from './idempotency.ts';
import { latencyOnce } from './latency.ts';
import { checkOptions, type TodoHandlersOptions, type TodoMockOptions } from './options.ts';
import { type HandlerSet, runCall } from './pipeline.ts';
import { attachmentEvent, changeEvent } from './realtime-events.ts';
import { type RealtimeMockOptions, realtimeLink } from './realtime-handler.ts';
import { RealtimeHub } from './realtime-hub.ts';
import type { ReplyContext } from './reply.ts';
import { seedStore } from './seed.ts';
import { TaskStore } from './store.ts';

const METHODS = { GET: http.get, POST: http.post, PUT: http.put, PATCH: http.patch, DELETE: http.delete } as const;

/** `/users/{user_id}/tasks` → `/users/:user_id/tasks`, MSW's path syntax. */
const mswPath = (template: string) => template.replace(/\{([^}]+)\}/g, ':$1');

/** Where upload forms and downloads go unless `bucketUrl` says otherwise: a `.test` host never resolves. */
export const DEFAULT_BUCKET_URL = 'https://attachments.mock.test';

const basePathOf = (base: string) =>
  base === '' || base.startsWith('/') ? base : new URL(base).pathname.replace(/\/+$/, '');

/**
 * MSW request handlers for every operation of openapi.yaml, behaving like the real API:
 * bearer auth (any JWT's `sub`, unverified — see `devToken`), the contract's request
 * validation, ownership checks, a stateful in-memory store with DynamoDB's semantics,
 * ETags and If-Match, Idempotency-Key, opaque cursors, and the API's response headers.
 * Each call returns a new, independent store. With `realtime`, the last handler is a
 * `ws.link` that serves asyncapi.yaml: one event per change of the store, to the owner's
 * sockets only.
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
export function createTodoHandlers(
  options: TodoHandlersOptions & { readonly realtime: RealtimeMockOptions },
): Array<HttpHandler | WebSocketHandler>;
export function createTodoHandlers(options: TodoHandlersOptions & { readonly realtime?: undefined }): HttpHandler[];
export function createTodoHandlers(options: TodoMockOptions): Array<HttpHandler | WebSocketHandler>;
export function createTodoHandlers(options: TodoMockOptions): Array<HttpHandler | WebSocketHandler> {
  const base = checkOptions(options);
  const { realtime } = options;
  const hub = realtime && new RealtimeHub(realtime.channel);
  const store = new TaskStore(hub && ((change) => hub.publish(changeEvent(change))));
  seedStore(store, options.seed);
  const attachments = new AttachmentStore(hub && ((change) => hub.publish(attachmentEvent(change))));
  const bucket = new FakeBucket(options.bucketUrl?.replace(/\/+$/, '') ?? DEFAULT_BUCKET_URL, attachments);
  const set: HandlerSet = {
    state: { store, cursors: new CursorBook(), ledger: new IdempotencyLedger(), attachments, bucket },
    faults: new FaultPlan(options.faults),
    basePath: basePathOf(base),
  };
  const handlers = Object.values(operations).map((operation: OperationInfo) => {
    const route = METHODS[operation.method as keyof typeof METHODS];
    return route(base + mswPath(operation.path), async ({ request, params }) => {
      const reply: ReplyContext = { requestId: crypto.randomUUID() };
      const pause = latencyOnce(options.delay);
      let response: Response;
      try {
        response = await runCall(set, { operation, request, params, reply, pause });
      } catch {
        // A bug in the mock answers like the API's 500: generic, with the request id only.
        response = failureReply(reply, 'internal');
      }
      await pause();
      return response;
    });
  });
  // Last, so it only sees what no operation matched: API Gateway answers an unknown method
  // or path with its MISSING_AUTHENTICATION_TOKEN response, which the API maps to this 404.
  // Preflights are left alone (a browser never shows them to a Service Worker).
  const routeMiss = http.all(`${base}/*`, async ({ request }) => {
    if (request.method === 'OPTIONS') return undefined;
    await latencyOnce(options.delay)();
    return failureReply({ requestId: crypto.randomUUID() }, 'no-route');
  });
  const served = [...handlers, ...bucket.handlers(), routeMiss];
  return hub && realtime ? [...served, realtimeLink(realtime.url, hub, realtime.limits)] : served;
}
