// Mock mode: the API answered by @serverless-todo/mock's handlers, entirely in this browser.
// The handlers run once per origin, in a SharedWorker (shared-store.ts); this tab's MSW
// Service Worker forwards each API request there, and each request to the mock's fake bucket
// (upload forms, downloads) on this origin. The realtime API is served in this tab (MSW's
// `ws.link`), from the events the store posts on its BroadcastChannel. Loaded only by
// `dev:mock` / `build:mock`.
import {
  createRealtimeHandler,
  createTodoHandlers,
  devToken,
  type FaultRule,
  type RealtimeLimits,
  type TodoMockOptions,
} from '@serverless-todo/mock';
import { getResponse, type HttpHandler, HttpResponse, http, type WebSocketHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import { MOCK_BUCKET_PATH, socketOrigin } from '../config.ts';
import { realtimeUrlOf } from '../realtime-url.ts';
import type { TokenSource } from '../session.ts';
import { savedTasks } from './saved-tasks.ts';
import type { StoreMessage } from './shared-store.ts';
import { toWire, type WireResponse } from './wire.ts';

/** What the app needs from the mock. */
export interface StartedMock {
  readonly devTokens: TokenSource;
}

/** `?mock-faults=<JSON FaultRule[]>` injects the mock's faults, e.g. a 503 with Retry-After. */
export const FAULTS_PARAM = 'mock-faults';

/**
 * `?mock-realtime-limits=<JSON RealtimeLimits>` shortens API Gateway's connection limits on this
 * tab's sockets, e.g. `{"maxConnectionMs":15000}` to watch live updates drop and come back.
 */
export const REALTIME_LIMITS_PARAM = 'mock-realtime-limits';

/** A store as a tab uses it: where its requests go, and the handler of this tab's sockets. */
interface Store {
  send(request: Request): Promise<Response>;
  readonly sockets: WebSocketHandler;
}

/**
 * Connects to the shared store `name` (one per origin, and one per distinct fault setup), gives
 * it its options if it has none yet, and returns the function that sends it a request.
 */
function connectStore(init: StoreMessage, name: string): (request: Request) => Promise<Response> {
  const worker = new SharedWorker(new URL('./shared-store.ts', import.meta.url), { type: 'module', name });
  // A store that cannot start (a script error) would leave every request hanging: say so.
  worker.onerror = (event) => console.error('The mock store failed to start', event);
  const port = worker.port;
  const waiting = new Map<number, (response: WireResponse) => void>();
  port.onmessage = ({ data }: MessageEvent<WireResponse>) => {
    waiting.get(data.id)?.(data);
    waiting.delete(data.id);
  };
  port.start();
  // Messages on a port arrive in order: the options come before this tab's first request.
  port.postMessage(init);
  let next = 0;
  return async (request) => {
    const id = ++next;
    const reply = new Promise<WireResponse>((resolve) => waiting.set(id, resolve));
    const message: StoreMessage = await toWire(id, request);
    port.postMessage(message, message.body ? [message.body] : []);
    const { networkError, status, headers, body } = await reply;
    return networkError ? HttpResponse.error() : new Response(body, { status, headers });
  };
}

/** The store shared by this origin's tabs; its events reach this tab on the channel named like it. */
function sharedStore(options: TodoMockOptions & { realtime: { url: string } }, name: string): Store {
  const realtime = { url: options.realtime.url, channel: name };
  return {
    send: connectStore({ type: 'init', options: { ...options, realtime } }, name),
    // The sockets live in this tab, so their limits are this tab's.
    sockets: createRealtimeHandler({ ...options.realtime, ...realtime }),
  };
}

/** Where SharedWorker is missing (Chrome on Android): a store in this tab only, its events too. */
function tabStore(options: TodoMockOptions & { realtime: { url: string } }): Store {
  const handlers = createTodoHandlers(options);
  const http = handlers.filter((h): h is HttpHandler => h.kind === 'request');
  const sockets = handlers.find((h): h is WebSocketHandler => h.kind === 'websocket');
  if (!sockets) throw new Error('The mock gave no realtime handler');
  return {
    send: async (request) => (await getResponse(http, request)) ?? new Response(null, { status: 500 }),
    sockets,
  };
}

/**
 * Starts the worker; resolves once it intercepts requests to `apiUrl`.
 *
 * @example
 * ```ts
 * const mock = await startMock('http://127.0.0.1:5173/api', new URL(location.href));
 * ```
 */
export async function startMock(apiUrl: string, page: URL): Promise<StartedMock> {
  const saved = savedTasks(localStorage, apiUrl);
  const faults = page.searchParams.get(FAULTS_PARAM);
  const limits = page.searchParams.get(REALTIME_LIMITS_PARAM);
  const bucketUrl = new URL(MOCK_BUCKET_PATH, page.origin).href;
  const options = {
    baseUrl: apiUrl,
    bucketUrl,
    seed: saved.seed(),
    faults: faults ? (JSON.parse(faults) as FaultRule[]) : [],
    // Where the app's live updates connect on this origin (config.ts's mock realtime source).
    realtime: {
      url: realtimeUrlOf({ origin: socketOrigin(page) }),
      ...(limits ? { limits: JSON.parse(limits) as RealtimeLimits } : {}),
    },
  };
  const { send, sockets } =
    typeof SharedWorker === 'function'
      ? sharedStore(options, faults ? `todo-mock ${faults}` : 'todo-mock')
      : tabStore(options);
  const toStore = async ({ request }: { request: Request }) => send(request);
  const worker = setupWorker(
    http.all(`${apiUrl}/*`, async ({ request }) => {
      const method = request.method;
      const response = await send(request);
      // Before the page sees the answer, so a reload right after an action cannot lose it.
      await saved.record(method, request.url, response);
      return response;
    }),
    http.post(bucketUrl, toStore),
    http.get(`${bucketUrl}/*`, toStore),
    sockets,
  );
  await worker.start({
    quiet: true,
    // Page assets and Vite's own requests go to the network as usual.
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  // The mock reads `sub` from any JWT-shaped token, so an unsigned one is all a dev user needs.
  return { devTokens: async (userId) => devToken(userId) };
}
