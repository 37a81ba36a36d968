// A loopback HTTP server standing in for API Gateway's @connections endpoint: it records what
// each connection received and how often it was called, and answers 410 Gone or 500 for the
// connections a test names, as API Gateway does for a closed connection or an internal fault.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running stand-in. */
export interface ConnectionsEndpoint {
  /** The callback URL to give the fan-out (`CONNECTIONS_ENDPOINT`). */
  readonly url: string;
  /** The messages each connection received, parsed, in arrival order. */
  readonly received: Map<string, unknown[]>;
  /** Every PostToConnection attempt per connection, answered or not. */
  readonly attempts: Map<string, number>;
  /** What each attempt carried (its body and Authorization header), for log checks. */
  readonly bodies: string[];
  /** Connections that answer 410 GoneException. */
  readonly gone: Set<string>;
  /** Connections that answer 500 InternalServerErrorException on every attempt. */
  readonly broken: Set<string>;
  /** Forgets what was received and attempted. */
  reset(): void;
  close(): Promise<void>;
}

/**
 * Starts the stand-in on 127.0.0.1 (port 0).
 *
 * @example
 * ```ts
 * const endpoint = await startConnectionsEndpoint();
 * endpoint.gone.add('closed-conn');
 * const post = connectionPoster(endpoint.url, { AWS_REGION: 'eu-west-1' });
 * ```
 */
export async function startConnectionsEndpoint(): Promise<ConnectionsEndpoint> {
  const received = new Map<string, unknown[]>();
  const attempts = new Map<string, number>();
  const bodies: string[] = [];
  const gone = new Set<string>();
  const broken = new Set<string>();
  const server = createServer((req, res) => {
    const id = decodeURIComponent((req.url ?? '').replace(/^.*\/@connections\//, ''));
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      attempts.set(id, (attempts.get(id) ?? 0) + 1);
      bodies.push(body, String(req.headers.authorization));
      if (gone.has(id)) {
        res.writeHead(410, { 'x-amzn-ErrorType': 'GoneException' }).end('{"message":"Gone"}');
      } else if (broken.has(id)) {
        res.writeHead(500, { 'x-amzn-ErrorType': 'InternalServerErrorException' }).end('{"message":"Internal"}');
      } else {
        received.set(id, [...(received.get(id) ?? []), JSON.parse(body)]);
        res.writeHead(200).end();
      }
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/stage`,
    received,
    attempts,
    bodies,
    gone,
    broken,
    reset() {
      received.clear();
      attempts.clear();
      bodies.length = 0;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
