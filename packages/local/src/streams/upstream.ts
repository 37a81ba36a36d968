// Calls to the embedded dynalite over kept-alive connections: the capture proxy forwards
// the functions' requests byte for byte and reads items before and after a write.
import { Agent, type IncomingHttpHeaders, request } from 'node:http';
import { DynamoCallError } from '../errors.ts';

/** A response as dynalite sent it. */
export interface UpstreamResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

// dynalite checks only that a SigV4-shaped Authorization header is present.
const SIGNED = {
  'Content-Type': 'application/x-amz-json-1.0',
  Authorization:
    'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=local',
};

/** The dynalite behind the proxy. */
export class Upstream {
  readonly #url: URL;
  readonly #agent = new Agent({ keepAlive: true, maxSockets: 64 });
  /** Requests sent and not yet answered: close() lets them finish before dynalite stops. */
  readonly #inFlight = new Set<Promise<unknown>>();

  /**
   * @example
   * ```ts
   * const upstream = new Upstream('http://127.0.0.1:8000');
   * ```
   */
  constructor(endpoint: string) {
    this.#url = new URL(endpoint);
  }

  /** Sends one request as received (headers and body), returning the whole response. */
  send(method: string, path: string, headers: IncomingHttpHeaders, body: Buffer): Promise<UpstreamResponse> {
    // The body is whole here: it goes with a length, never chunked, over this proxy's own connection.
    const { 'transfer-encoding': _t, connection: _c, 'keep-alive': _k, ...forwarded } = headers;
    const sent = new Promise<UpstreamResponse>((resolve, reject) => {
      const req = request(
        {
          host: this.#url.hostname,
          port: this.#url.port,
          method,
          path,
          headers: { ...forwarded, 'content-length': String(body.length) },
          agent: this.#agent,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 500, headers: res.headers, body: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    this.#inFlight.add(sent);
    const settled = () => this.#inFlight.delete(sent);
    sent.then(settled, settled);
    return sent;
  }

  /** One DynamoDB action of the capture's own (reads); rejects with DynamoCallError. */
  async call<T>(action: string, input: unknown): Promise<T> {
    const headers = {
      ...SIGNED,
      'X-Amz-Target': `DynamoDB_20120810.${action}`,
      'X-Amz-Date': new Date().toISOString().replace(/[-:]|\.\d{3}/g, ''),
    };
    const res = await this.send('POST', '/', headers, Buffer.from(JSON.stringify(input)));
    const parsed = JSON.parse(res.body.toString('utf8')) as T & { __type?: string; message?: string };
    if (res.status !== 200) {
      throw new DynamoCallError(
        (parsed.__type ?? 'UnknownError').split('#').pop()!,
        parsed.message ?? `HTTP ${res.status}`,
      );
    }
    return parsed;
  }

  /**
   * Lets the requests in flight finish (at most `waitMs`), then closes the kept-alive
   * connections. Cutting a request mid-way would close dynalite's connection while its write
   * is still running, and that write would then land in a closed database.
   */
  async close(waitMs = 2_000): Promise<void> {
    const until = Date.now() + waitMs;
    // A forwarded write may still send its follow-up read: wait until nothing is in flight.
    while (this.#inFlight.size > 0 && Date.now() < until) {
      const left = until - Date.now();
      await Promise.race([
        Promise.allSettled([...this.#inFlight]),
        new Promise((resolve) => setTimeout(resolve, left).unref()),
      ]);
    }
    this.#agent.destroy();
  }
}
