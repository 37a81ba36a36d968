// The mock's one store for every tab of this origin: a SharedWorker running the mock's MSW
// handlers. Each tab's Service Worker hands its requests over (see start-mock.ts), so two
// tabs see the same tasks, cursors and ETags, and a stale write in one meets the API's 412
// exactly as against the local API. The first tab to connect decides the options (its saved
// tasks as the seed, any injected faults); later tabs join that store. A worker cannot intercept
// WebSockets: the store posts its change events on the BroadcastChannel of its `realtime`
// option, and each tab serves them to its own sockets.
/// <reference lib="webworker" />
import './worker-storage.ts';
import { createTodoHandlers, type TodoMockOptions } from '@serverless-todo/mock';
import { getResponse, type HttpHandler } from 'msw';
import { fromWire, responseToWire, type WireRequest } from './wire.ts';

/** What a tab sends: the store's options once, then requests. */
export type StoreMessage = { readonly type: 'init'; readonly options: TodoMockOptions } | WireRequest;

declare const self: SharedWorkerGlobalScope;

let handlers: HttpHandler[] | null = null;

async function answer(port: MessagePort, message: WireRequest): Promise<void> {
  let response: Response;
  try {
    response =
      (handlers && (await getResponse(handlers, fromWire(message)))) ??
      new Response('No mock handler answered', { status: 500 });
  } catch (error) {
    response = new Response(`The mock store failed: ${(error as Error).message}`, { status: 500 });
  }
  const wire = await responseToWire(message.id, response);
  port.postMessage(wire, wire.body ? [wire.body] : []);
}

self.onconnect = (event) => {
  const port = event.ports[0]!;
  port.onmessage = ({ data }: MessageEvent<StoreMessage>) => {
    // The store's own WebSocket handler has no sockets to serve here; its hub still posts on the channel.
    if ('type' in data)
      handlers ??= createTodoHandlers(data.options).filter((h): h is HttpHandler => h.kind === 'request');
    else void answer(port, data);
  };
  port.start();
};
