// A plain node:http server on 127.0.0.1 that calls one handler in this process per request:
// the HTTP hop alone, without the gateway emulation (no auth, no worker, no template). It
// separates what HTTP costs on this machine from what the emulation adds on top.
import { createServer, type Server } from 'node:http';
import { apiEvent, lambdaContext } from './api-event.ts';
import type { Handler } from './dynamo-world.ts';
import { serveOnLoopback } from './loopback-server.ts';

/** A running handler server. */
export interface HandlerServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves `GET /users/{user_id}/tasks/{task_id}` by calling `handler` with the proxy event.
 *
 * @example
 * ```ts
 * const server = await startHandlerServer(world.handler('getTask'));
 * await fetch(`${server.url}/users/u1/tasks/${id}`);
 * await server.close();
 * ```
 */
export async function startHandlerServer(handler: Handler): Promise<HandlerServer> {
  const server: Server = createServer((req, res) => {
    req.resume();
    const [, , userId = '', , taskId = ''] = (req.url ?? '').split('?')[0]!.split('/');
    const pathParameters = { user_id: decodeURIComponent(userId), task_id: decodeURIComponent(taskId) };
    const event = apiEvent({
      method: 'GET',
      resource: '/users/{user_id}/tasks/{task_id}',
      pathParameters,
      principal: pathParameters.user_id,
    });
    handler(event, lambdaContext()).then(
      (result) => {
        res.writeHead(result.statusCode, result.headers as Record<string, string>).end(result.body);
      },
      () => res.writeHead(500).end(),
    );
  });
  return serveOnLoopback(server);
}
