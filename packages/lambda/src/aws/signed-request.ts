// One signed HTTPS call to an AWS API: SigV4 by aws4, sent over a keep-alive agent so a warm
// function reuses its connection. This is all the AWS SDK did for our calls, at a fraction of
// its load time (docs/performance.md, cold start rows).
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import aws4 from 'aws4';
import { AwsError } from './aws-error.ts';
import type { AwsCredentials } from './credentials.ts';

/** A call to sign and send. */
export interface AwsRequest {
  /** The signing name: `dynamodb`, `s3`, `execute-api`, … */
  readonly service: string;
  readonly region: string;
  readonly method: string;
  /** Absolute URL, path and query already encoded. */
  readonly url: URL;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
  readonly credentials: AwsCredentials;
  readonly timeouts?: Timeouts;
}

/** Limits of one attempt. */
export interface Timeouts {
  /** From socket creation to connected. */
  readonly connectMs: number;
  /** From sending to the last byte of the answer. */
  readonly requestMs: number;
}

/** What AWS answered, whatever the status. */
export interface AwsResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/**
 * Fail a hung connection well inside a function's timeout, leaving room for retries and a
 * problem response (the http functions have 10 s).
 */
export const DEFAULT_TIMEOUTS: Timeouts = { connectMs: 1000, requestMs: 2500 };

const agents = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
};

/**
 * Signs `request` with SigV4 and sends it once (no retries; see `withRetries`).
 *
 * @throws {AwsError} `TimeoutError` when a timeout of `request.timeouts` passes; socket errors as they come.
 * @example
 * ```ts
 * const res = await signedRequest({ service: 'execute-api', region, method: 'POST', url, body, credentials });
 * ```
 */
export function signedRequest(request: AwsRequest): Promise<AwsResponse> {
  const { url } = request;
  const signed = aws4.sign(
    {
      service: request.service,
      region: request.region,
      method: request.method,
      host: url.host,
      path: `${url.pathname}${url.search}`,
      headers: { ...request.headers },
      body: request.body ?? '',
      doNotEncodePath: true,
    },
    request.credentials,
  );
  const timeouts = request.timeouts ?? DEFAULT_TIMEOUTS;
  const transport = url.protocol === 'http:' ? http : https;
  return new Promise((resolve, reject) => {
    const req = transport.request({
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port || undefined,
      method: request.method,
      path: signed.path,
      headers: signed.headers,
      agent: agents[url.protocol === 'http:' ? 'http:' : 'https:'],
    });
    const timedOut = (what: string, ms: number) => () =>
      req.destroy(new AwsError('TimeoutError', `${request.service}: no ${what} within ${ms} ms`, 0));
    const overall = setTimeout(timedOut('answer', timeouts.requestMs), timeouts.requestMs);
    req.once('socket', (socket) => {
      if (!socket.connecting) return;
      const connect = setTimeout(timedOut('connection', timeouts.connectMs), timeouts.connectMs);
      socket.once('connect', () => clearTimeout(connect));
      socket.once('close', () => clearTimeout(connect));
    });
    req.once('error', (error) => {
      clearTimeout(overall);
      reject(error);
    });
    req.once('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('error', reject);
      res.once('end', () => {
        clearTimeout(overall);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.end(request.body);
  });
}
