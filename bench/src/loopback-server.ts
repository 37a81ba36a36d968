// A loopback node:http server (127.0.0.1, port 0) that answers every request with one fixed
// Task as JSON, with the headers the API sends: the client suite's server, so only the
// clients differ between variants.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Task } from '@serverless-todo/contract';

/** The Task every response carries. */
export const FIXED_TASK: Task = {
  user_id: 'u1',
  task_id: '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70',
  title: 'Learn AWS Lambda',
  description: 'Complete the serverless tutorial',
  status: 'pending',
  due_date: null,
  created_at: '2026-11-26T09:30:00.000Z',
  updated_at: '2026-11-26T09:30:00.000Z',
  version: 1,
};

/** The response body and headers, also what a stub fetch returns. */
export const TASK_BODY = JSON.stringify(FIXED_TASK);
export const TASK_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json',
  'content-length': String(Buffer.byteLength(TASK_BODY)),
  etag: '"1"',
  'x-request-id': 'bench-request',
  'cache-control': 'no-store',
};

/** A running loopback server. */
export interface LoopbackServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts the fixed-Task server.
 *
 * @example
 * ```ts
 * const server = await startTaskServer();
 * await fetch(`${server.url}/users/u1/tasks/${FIXED_TASK.task_id}`);
 * await server.close();
 * ```
 */
export async function startTaskServer(): Promise<LoopbackServer> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, TASK_HEADERS).end(TASK_BODY));
  });
  return serveOnLoopback(server);
}

/**
 * Listens on 127.0.0.1 (a free port) with long keep-alive, and closes every connection on close.
 *
 * @example
 * ```ts
 * const { url, close } = await serveOnLoopback(createServer(handler));
 * ```
 */
export async function serveOnLoopback(server: Server): Promise<LoopbackServer> {
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
