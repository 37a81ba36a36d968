// The WebSocket API emulation on the local API's own HTTP server: upgrades on the realtime
// path run the template's authorizer and $connect function (the real bundles), messages go
// to the route the selection expression picks (else $default), closes to $disconnect, and
// the @connections management API reaches the open connections.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { FunctionRuntime } from '../gateway/function-runtime.ts';
import type { HttpResponse } from '../gateway/proxy-result.ts';
import type { LogSink } from '../server/access-log.ts';
import type { WebSocketModel, WebSocketRouteModel } from '../template/model.ts';
import { newConnectionId } from './connection-id.ts';
import { frameGuard } from './frame-guard.ts';
import { runHandshake } from './handshake.ts';
import { type ConnectionLimits, LiveConnection } from './live-connection.ts';
import { manage } from './management-api.ts';
import { type ConnectionFacts, disconnectEvent, type Handshake, messageEvent } from './websocket-events.ts';

/** What the realtime gateway runs on. */
export interface RealtimeGatewayDeps {
  readonly model: WebSocketModel;
  readonly runtimes: ReadonlyMap<string, FunctionRuntime>;
  readonly log: LogSink;
  readonly limits: ConnectionLimits;
  /** The path WebSockets connect to (and the callback URL's path), e.g. `/realtime`. */
  readonly path: string;
  /** `127.0.0.1:<port>`, known once the server listens. */
  readonly domainName: () => string;
}

/** The running emulation. */
export interface RealtimeGateway {
  /** The http server's `upgrade` listener. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Answers `<path>/@connections/…`; null for any other path. */
  management(request: {
    method: string;
    path: string;
    authorization: string | undefined;
    /** null: larger than the local API reads. */
    body: Buffer | null;
  }): HttpResponse | null;
  /** The open connections, by id. */
  readonly connections: ReadonlyMap<string, LiveConnection>;
  /** Closes every connection (1001, as API Gateway going away), running $disconnect for each. */
  close(): Promise<void>;
}

function refuse(socket: Duplex, status: number, requestId: string): void {
  const message =
    status === 401
      ? 'Unauthorized'
      : status === 403
        ? 'Forbidden'
        : status === 404
          ? 'Not Found'
          : 'Internal server error';
  const body = JSON.stringify({ message });
  socket.end(
    [
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
      'Content-Type: application/json',
      `Content-Length: ${Buffer.byteLength(body)}`,
      `x-amzn-RequestId: ${requestId}`,
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
}

function handshakeOf(req: IncomingMessage, query: URLSearchParams): Handshake {
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] as string;
    const value = req.rawHeaders[i + 1] as string;
    headers[name.toLowerCase()] = value;
    multiValueHeaders[name] = [...(multiValueHeaders[name] ?? []), value];
  }
  return { headers, multiValueHeaders, query };
}

/** `$request.body.type` → the value at that field of a JSON message, as a route key. */
function selectedRoute(model: WebSocketModel, data: Buffer, binary: boolean): WebSocketRouteModel | undefined {
  const field = /^\$request\.body\.(.+)$/.exec(model.routeSelectionExpression)?.[1];
  if (field && !binary) {
    try {
      let value: unknown = JSON.parse(data.toString('utf8'));
      for (const key of field.split('.')) value = (value as Record<string, unknown> | null)?.[key];
      const route = typeof value === 'string' ? model.routes.get(value) : undefined;
      if (route && !route.routeKey.startsWith('$')) return route;
    } catch {}
  }
  return model.routes.get('$default');
}

/**
 * Builds the WebSocket emulation of the template's WebSocket API.
 *
 * @example
 * ```ts
 * const realtime = createRealtimeGateway({ model, runtimes, log, limits, path: '/realtime', domainName });
 * server.on('upgrade', realtime.handleUpgrade);
 * ```
 */
export function createRealtimeGateway(deps: RealtimeGatewayDeps): RealtimeGateway {
  const { model, runtimes, log, limits } = deps;
  const connections = new Map<string, LiveConnection>();
  const disconnects = new Set<Promise<unknown>>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes, perMessageDeflate: false });
  let closing = false;

  const invoke = (route: WebSocketRouteModel, event: object) =>
    runtimes.get(route.functionId)!.invoke(event, randomUUID());

  async function onMessage(live: LiveConnection, data: Buffer, binary: boolean) {
    live.touch();
    const route = selectedRoute(model, data, binary);
    const requestId = randomUUID();
    const reply = (message: string) =>
      live.open &&
      live.send(Buffer.from(JSON.stringify({ message, connectionId: live.facts.connectionId, requestId })));
    if (!route) return reply('Forbidden');
    const outcome = await invoke(route, messageEvent(live.facts, route.routeKey, live.authorizer, data, binary));
    log(
      `WS ${route.routeKey} ${live.facts.connectionId} ${outcome.kind === 'result' ? 'ok' : outcome.kind} ${route.functionId}`,
    );
    if (outcome.kind !== 'result') return reply('Internal server error');
    const body = (outcome.value as { body?: unknown } | null)?.body;
    if (route.twoWay && typeof body === 'string' && live.open) live.send(Buffer.from(body));
  }

  function accept(
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    facts: ConnectionFacts,
    authorizer: Readonly<Record<string, unknown>> | null,
  ) {
    wss.handleUpgrade(req, socket, head, (ws) => {
      const live = new LiveConnection(ws, facts, authorizer, limits);
      connections.set(facts.connectionId, live);
      let oversized = false;
      const guard = frameGuard(limits.maxFrameBytes, () => {
        oversized = true;
        ws.close(1009, 'Message too big');
      });
      // Before ws reads the same bytes, so an oversized frame never reaches a function.
      socket.prependListener('data', guard);
      if (head.length > 0) guard(head);
      ws.on('message', (data, isBinary) => {
        if (oversized) return;
        const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
        void onMessage(live, bytes, isBinary);
      });
      ws.on('error', () => {});
      ws.on('close', (code, reason) => {
        live.dispose();
        connections.delete(facts.connectionId);
        log(`WS $disconnect ${facts.connectionId} ${code}`);
        const route = model.routes.get('$disconnect');
        if (!route) return;
        const done = invoke(route, disconnectEvent(facts, authorizer, code, reason.toString('utf8'))).finally(() =>
          disconnects.delete(done),
        );
        disconnects.add(done);
      });
      log(`WS $connect ${facts.connectionId} 101 ${authorizer?.principalId ?? '-'}`);
    });
  }

  return {
    connections,
    handleUpgrade(req, socket, head) {
      const requestId = randomUUID();
      const url = new URL(req.url ?? '/', 'http://local');
      if (closing || (url.pathname !== deps.path && url.pathname !== `${deps.path}/`)) {
        refuse(socket, closing ? 503 : 404, requestId);
        return;
      }
      socket.on('error', () => {});
      const facts: ConnectionFacts = {
        apiId: model.apiId,
        stage: model.stageName,
        domainName: deps.domainName(),
        connectionId: newConnectionId(),
        connectedAt: Date.now(),
        sourceIp: req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1',
        userAgent: req.headers['user-agent'] ?? '',
      };
      runHandshake(model.routes.get('$connect'), runtimes, facts, handshakeOf(req, url.searchParams))
        .then((outcome) => {
          if (!outcome.ok) {
            // The reason goes to the log; never the query string, which carries the token.
            log(`WS $connect ${facts.connectionId} ${outcome.status} ${outcome.reason}`);
            refuse(socket, outcome.status, requestId);
          } else if (socket.destroyed) {
            // $connect stored the connection already: $disconnect cleans it up, as for any close.
            log(`WS $connect ${facts.connectionId} client left during the handshake`);
            const route = model.routes.get('$disconnect');
            if (route) {
              const done = invoke(route, disconnectEvent(facts, outcome.authorizer, 1006, '')).finally(() =>
                disconnects.delete(done),
              );
              disconnects.add(done);
            }
          } else accept(req, socket, head, facts, outcome.authorizer);
        })
        .catch((error: unknown) => {
          log(`WS $connect ${facts.connectionId} internal error: ${(error as Error)?.stack ?? String(error)}`);
          refuse(socket, 500, requestId);
        });
    },
    management(request) {
      const prefix = `${deps.path}/@connections/`;
      if (!request.path.startsWith(prefix)) return null;
      return manage({ ...request, path: request.path.slice(deps.path.length) }, connections, limits.maxMessageBytes);
    },
    async close() {
      closing = true;
      for (const live of connections.values()) live.socket.close(1001, 'Going away');
      // Bounded: a client that never answers the close handshake is cut.
      const deadline = Date.now() + 5000;
      while (connections.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      for (const live of connections.values()) live.socket.terminate();
      await Promise.race([Promise.allSettled([...disconnects]), new Promise((r) => setTimeout(r, 5000).unref())]);
      wss.close();
    },
  };
}
