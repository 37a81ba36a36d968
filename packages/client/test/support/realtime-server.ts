// A WebSocket server on 127.0.0.1 that a test drives: it accepts or refuses each upgrade
// (401, as the API does for a bad token), records what clients send, and sends the messages
// the test gives it, each checked against asyncapi.yaml first (unless a test sends a broken
// one on purpose through `sendRaw`).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { assertServerMessage, type ChangeEvent, type ServerMessage } from '@serverless-todo/contract/realtime';
import { type WebSocket, WebSocketServer } from 'ws';
import { makeTask, TASK_ID, USER } from './responses.ts';

export interface Connection {
  readonly socket: WebSocket;
  readonly token: string | null;
  readonly received: unknown[];
  closed: boolean;
}

export interface RealtimeServer {
  readonly url: string;
  readonly connections: Connection[];
  /** Tokens the server refuses with 401; every other non-empty token is accepted. */
  readonly refused: Set<string>;
  /** When set, the server answers nothing to `ping` (a dead connection). */
  silent: boolean;
  readonly upgrades: number;
  send(connection: Connection, message: ServerMessage): void;
  sendRaw(connection: Connection, data: string | Buffer): void;
  close(): Promise<void>;
}

export async function startRealtimeServer(): Promise<RealtimeServer> {
  const connections: Connection[] = [];
  const refused = new Set<string>();
  let upgrades = 0;
  const httpServer = http.createServer((_, response) => response.writeHead(426).end());
  const wss = new WebSocketServer({
    server: httpServer,
    verifyClient: ({ req }, done) => {
      upgrades++;
      const token = new URL(req.url ?? '/', 'http://x').searchParams.get('token');
      done(Boolean(token) && !refused.has(token!), 401, 'Unauthorized');
    },
  });
  const server: RealtimeServer = {
    url: '',
    connections,
    refused,
    silent: false,
    get upgrades() {
      return upgrades;
    },
    send: (connection, message) => {
      assertServerMessage(message);
      connection.socket.send(JSON.stringify(message));
    },
    sendRaw: (connection, data) => connection.socket.send(data),
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise((resolve) => wss.close(resolve));
      await new Promise((resolve) => httpServer.close(resolve));
    },
  };
  wss.on('connection', (socket, req) => {
    const token = new URL(req.url ?? '/', 'http://x').searchParams.get('token');
    const connection: Connection = { socket, token, received: [], closed: false };
    connections.push(connection);
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as unknown;
      connection.received.push(message);
      if ((message as { type?: string }).type === 'ping' && !server.silent)
        server.send(connection, { type: 'pong', sent_at: new Date().toISOString() });
    });
    socket.on('close', () => {
      connection.closed = true;
    });
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  (server as { url: string }).url = `ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}/realtime`;
  return server;
}

/** A `task.updated` event of the test user at `version`. */
export function taskUpdated(version: number, userId = USER): ChangeEvent {
  const task = makeTask({ user_id: userId, version, title: `v${version}` });
  return { type: 'task.updated', user_id: userId, task_id: TASK_ID, version, sent_at: task.updated_at, task };
}
