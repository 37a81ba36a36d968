// The node:http server in front of the gateway: docs and the dev token endpoint first, then
// the emulated API. Tracks in-flight requests so a shutdown can let them finish.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { SigningKey } from '../auth/signing-key.ts';
import type { GatewayAnswer, GatewayRequest } from '../gateway/gateway.ts';
import type { HttpResponse } from '../gateway/proxy-result.ts';
import { readBody } from '../gateway/read-body.ts';
import { accessLine, type LogSink } from './access-log.ts';
import { TOKEN_PATH, tokenRoute } from './token-route.ts';

/** What the server routes to. */
export interface HttpServerDeps {
  readonly dispatch: (request: GatewayRequest) => Promise<GatewayAnswer>;
  readonly docs: (path: string) => HttpResponse | null;
  /**
   * Endpoints of the local stack beside the REST API (the JWKS, the WebSocket API's
   * @connections): null lets the request through to the gateway.
   */
  readonly endpoints?: (request: {
    method: string;
    path: string;
    authorization: string | undefined;
    /** null: over the 10 MB payload cap. */
    body: Buffer | null;
  }) => HttpResponse | null;
  readonly key: SigningKey;
  readonly log: LogSink;
  /** Dev-only routes under `/_local/` besides the token (schedules): an answer, or null when not one of them. */
  readonly localRoute?: (method: string, path: string) => Promise<HttpResponse> | null;
}

/** The server, plus what a graceful stop needs. */
export interface LocalHttpServer {
  readonly server: Server;
  /** Stops accepting, lets in-flight requests finish, then resolves. */
  shutdown(graceMs?: number): Promise<void>;
}

function write(res: ServerResponse, method: string, requestId: string, response: HttpResponse, closing: boolean) {
  const headers: [string, string][] = response.headers.map(([n, v]) => [n, v]);
  headers.push(['x-amzn-RequestId', requestId], ['Content-Length', String(response.body.length)]);
  if (closing) headers.push(['Connection', 'close']);
  res.writeHead(response.status, headers.flat());
  res.end(method === 'HEAD' ? undefined : response.body);
}

/**
 * Creates (but does not start) the local API's HTTP server.
 *
 * @example
 * ```ts
 * const { server, shutdown } = createLocalHttpServer({ dispatch, docs, key, log });
 * server.listen(3000, '127.0.0.1');
 * ```
 */
export function createLocalHttpServer(deps: HttpServerDeps): LocalHttpServer {
  let inFlight = 0;
  let closing = false;
  let drained: (() => void) | null = null;

  async function answer(req: IncomingMessage, requestId: string, startedAt: number): Promise<GatewayAnswer> {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const query = q < 0 ? '' : url.slice(q + 1);
    const method = req.method ?? 'GET';
    const local = deps.localRoute?.(method, path);
    if (local) {
      // Its body (if any) means nothing; read it so the connection stays usable.
      await readBody(req);
      return { response: await local };
    }
    if (method === 'GET' || method === 'HEAD') {
      if (path === TOKEN_PATH) return { response: await tokenRoute(deps.key, new URLSearchParams(query)) };
      const page = deps.docs(path);
      if (page) return { response: page };
    }
    const body = await readBody(req);
    const endpoint = deps.endpoints?.({
      method,
      path,
      authorization: req.headers.authorization,
      body: body.tooLarge ? null : (body.body ?? Buffer.alloc(0)),
    });
    if (endpoint) return { response: endpoint };
    return deps.dispatch({
      method,
      path,
      query,
      rawHeaders: req.rawHeaders,
      body: body.tooLarge ? undefined : body.body,
      sourceIp: req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1',
      requestId,
      startedAt,
    });
  }

  const server = createServer((req, res) => {
    inFlight++;
    const started = performance.now();
    const requestId = randomUUID();
    answer(req, requestId, Date.now())
      .catch((error: unknown): GatewayAnswer => {
        deps.log(
          `internal error for ${req.method} ${req.url} ${requestId}: ${(error as Error)?.stack ?? String(error)}`,
        );
        const body = Buffer.from('{"message":"Internal server error"}');
        return { response: { status: 500, headers: [['Content-Type', 'application/json']], body } };
      })
      .then(({ response, functionId }) => {
        if (!res.destroyed) write(res, req.method ?? 'GET', requestId, response, closing);
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        deps.log(
          accessLine({
            method: req.method ?? '?',
            path,
            status: response.status,
            ms: performance.now() - started,
            requestId,
            functionId,
          }),
        );
      })
      .finally(() => {
        inFlight--;
        if (inFlight === 0 && drained) drained();
      });
  });
  // Longer than most clients keep idle sockets, so a reused socket is never one the server just closed.
  server.keepAliveTimeout = 65_000;

  return {
    server,
    shutdown(graceMs = 30_000) {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const idle = inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (drained = resolve));
      // In-flight requests get the grace period; whatever is still open after it is cut.
      const grace = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
      return Promise.race([idle.then(() => closed), grace]).then(() => {
        server.closeAllConnections();
      });
    },
  };
}
