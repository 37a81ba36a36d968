// The embedded dynalite as the capture proxy calls it: in this process, through dynalite's
// own request handler, with no second HTTP hop. The proxy hands read requests over as they
// came in; a write (whose body the proxy has read) and the capture's own reads go in as a
// request built from the bytes, and a captured write's answer is collected here, whole.
import type { IncomingHttpHeaders, IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { DynamoCallError } from '../errors.ts';

/** A response as dynalite sent it. */
export interface UpstreamResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

// dynalite checks only that a SigV4-shaped Authorization header is present.
const SIGNED = {
  'content-type': 'application/x-amz-json-1.0',
  authorization:
    'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=local',
};

/** A request carrying `body`, with what dynalite reads of one: method, url, headers and the data events. */
function requestOf(method: string, url: string, headers: IncomingHttpHeaders, body: Buffer): IncomingMessage {
  return Object.assign(Readable.from(body.length > 0 ? [body] : []), { method, url, headers }) as IncomingMessage;
}

/**
 * A response that keeps what dynalite writes to it (status, headers, one `end` with the
 * body), the part of ServerResponse dynalite uses.
 */
function collector(done: (response: UpstreamResponse) => void): ServerResponse {
  const headers: IncomingHttpHeaders = {};
  const response = {
    statusCode: 200,
    setHeader(name: string, value: number | string | readonly string[]) {
      headers[name.toLowerCase()] = typeof value === 'number' ? String(value) : (value as string);
      return response;
    },
    end(body?: string | Buffer) {
      const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : (body ?? Buffer.alloc(0));
      done({ status: response.statusCode, headers, body: bytes });
      return response;
    },
  };
  return response as unknown as ServerResponse;
}

/** The dynalite behind the proxy. */
export class Upstream {
  readonly #handle: RequestListener;
  /** Requests handed over and not yet answered: close() lets them finish before dynalite stops. */
  readonly #inFlight = new Set<Promise<unknown>>();

  /**
   * @example
   * ```ts
   * const upstream = new Upstream(dynamo.handle);
   * ```
   */
  constructor(handle: RequestListener) {
    this.#handle = handle;
  }

  /** Hands a request whose body is unread to dynalite, which answers on `res` itself. */
  pass(req: IncomingMessage, res: ServerResponse): void {
    const answered = new Promise<void>((resolve) => {
      res.once('finish', resolve);
      res.once('close', resolve);
    });
    this.#track(answered);
    this.#handle(req, res);
  }

  /** Hands dynalite a request of these bytes and collects its whole answer. */
  send(method: string, path: string, headers: IncomingHttpHeaders, body: Buffer): Promise<UpstreamResponse> {
    const sent = new Promise<UpstreamResponse>((resolve) => {
      this.#handle(requestOf(method, path, headers, body), collector(resolve));
    });
    this.#track(sent);
    return sent;
  }

  /** One DynamoDB action of the capture's own (reads); rejects with DynamoCallError. */
  async call<T>(action: string, input: unknown): Promise<T> {
    const headers = {
      ...SIGNED,
      'x-amz-target': `DynamoDB_20120810.${action}`,
      'x-amz-date': new Date().toISOString().replace(/[-:]|\.\d{3}/g, ''),
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

  #track(answered: Promise<unknown>): void {
    this.#inFlight.add(answered);
    const settled = () => this.#inFlight.delete(answered);
    answered.then(settled, settled);
  }

  /**
   * Lets the requests in flight finish (at most `waitMs`). Closing dynalite under a write
   * that is still running would land that write in a closed database.
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
  }
}
