// The DynamoDB endpoint the functions are given when streams are on: an HTTP server on
// loopback in front of dynalite, which runs in this process. Reads are handed to dynalite as
// they came in, writes on tables without a read stream as their bytes, and writes on the
// others go through the write capture.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LogSink } from '../server/access-log.ts';
import type { Upstream, UpstreamResponse } from './upstream.ts';
import { WRITE_ACTIONS, type WriteCapture } from './write-capture.ts';

/** A running capture proxy. */
export interface CaptureProxy {
  /** `http://127.0.0.1:<port>` */
  readonly endpoint: string;
  /** Writes being captured right now (their records are not in the shard yet). */
  readonly inFlight: number;
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

function reply(res: ServerResponse, answer: UpstreamResponse): void {
  // Hop-by-hop headers belong to the upstream connection, not to this one.
  const { connection: _c, 'keep-alive': _k, 'transfer-encoding': _t, ...headers } = answer.headers;
  res.writeHead(answer.status, { ...headers, 'content-length': String(answer.body.length) });
  res.end(answer.body);
}

/**
 * Starts the proxy on 127.0.0.1 (a free port).
 *
 * @example
 * ```ts
 * const proxy = await startCaptureProxy(upstream, capture, log, () => checkDrained());
 * env.AWS_ENDPOINT_URL_DYNAMODB = proxy.endpoint;
 * ```
 */
export async function startCaptureProxy(
  upstream: Upstream,
  capture: WriteCapture,
  log: LogSink,
  settled: () => void = () => {},
): Promise<CaptureProxy> {
  let inFlight = 0;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const target = String(req.headers['x-amz-target'] ?? '');
    const action = target.slice(target.indexOf('.') + 1);
    // Nothing to capture, and dynalite reads the body itself.
    if (!WRITE_ACTIONS.has(action)) return upstream.pass(req, res);
    const body = await readBody(req);
    const forward = (sent: Buffer = body) => upstream.send(req.method ?? 'POST', req.url ?? '/', req.headers, sent);
    let touched: ReturnType<WriteCapture['touched']> = [];
    let input: Record<string, unknown> = {};
    try {
      input = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      touched = capture.touched(action, input);
    } catch {
      // Not JSON: dynalite answers it with its own error.
    }
    if (touched.length === 0) return reply(res, await forward());
    inFlight++;
    try {
      reply(res, await capture.run(action, input, touched, forward));
    } finally {
      inFlight--;
      settled();
    }
  };
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log(`streams: proxy error: ${(err as Error)?.message ?? String(err)}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(
        JSON.stringify({
          __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError',
          message: 'local stream proxy failed',
        }),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get inFlight() {
      return inFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
