// The suite's only way to talk to a target. Every request goes through `send`, which
// records it and checks the response against openapi.yaml before any scenario may look at
// it, so "every response of every target conforms" holds by construction.
import { type OperationId, operations } from '@serverless-todo/contract';
import { assertConforms } from '@serverless-todo/contract/responses';
import { ContractViolationError, RequestFailedError } from '../errors.ts';
import type { Target } from '../target.ts';
import { type ApiRequest, wireRequest } from './wire-request.ts';

export type { ApiRequest } from './wire-request.ts';

/** A request and the conforming response it got. */
export interface Exchange {
  readonly operationId: OperationId;
  readonly method: string;
  /** The URL relative to the target's base, with its query. */
  readonly url: string;
  readonly requestBody: string | null;
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON, or undefined for an empty body. */
  readonly body: unknown;
  /** `[target] operationId: METHOD url body`, for failure messages. */
  readonly label: string;
}

/** What the client remembers of each request, in order. */
export type RecordedRequest = Pick<Exchange, 'operationId' | 'method' | 'url' | 'requestBody'>;

const clip = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text);

async function readBody(response: Response, label: string): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  if (!/json/i.test(response.headers.get('content-type') ?? '')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new ContractViolationError(`${label} → ${response.status}: the JSON body does not parse: ${clip(text)}`, {
      cause,
    });
  }
}

/**
 * A recording, conformance-checking client for one target.
 *
 * @example
 * ```ts
 * const api = new ApiClient(target);
 * const res = await api.send({ operationId: 'getTask', path: { user_id: 'u1', task_id: id } });
 * res.status; // checked against openapi.yaml already
 * ```
 */
export class ApiClient {
  readonly target: Target;
  readonly history: RecordedRequest[] = [];
  readonly #tokens = new Map<string, Promise<string>>();

  constructor(target: Target) {
    this.target = target;
  }

  /** The target's token for `userId`, fetched once. */
  token(userId: string): Promise<string> {
    let token = this.#tokens.get(userId);
    if (token === undefined) {
      token = this.target.token(userId);
      this.#tokens.set(userId, token);
    }
    return token;
  }

  /** Sends one request; throws ContractViolationError if the answer departs from openapi.yaml. */
  async send(request: ApiRequest): Promise<Exchange> {
    const method = operations[request.operationId].method;
    const signer = request.as === undefined ? request.path?.user_id : request.as;
    const token = request.token ?? (signer == null ? undefined : await this.token(signer));
    const wire = wireRequest(this.target.baseUrl, request, token);
    const { url, body } = wire;
    const label = `[${this.target.name}] ${request.operationId}: ${method} ${url}${body === null ? '' : ` ${clip(body)}`}`;
    this.history.push({ operationId: request.operationId, method, url, requestBody: body });
    let response: Response;
    try {
      response = await this.target.fetch(wire.request);
    } catch (cause) {
      throw new RequestFailedError(`${label}: no response (${(cause as Error)?.message ?? String(cause)})`, { cause });
    }
    const parsed = await readBody(response, label);
    const exchange: Exchange = {
      operationId: request.operationId,
      method,
      url,
      requestBody: body,
      status: response.status,
      headers: response.headers,
      body: parsed,
      label,
    };
    try {
      assertConforms(request.operationId, exchange, `[${this.target.name}] ${method} ${url}`);
    } catch (cause) {
      const detail = (cause as Error).message;
      throw new ContractViolationError(`${detail}\n  request: ${label}`, { cause });
    }
    return exchange;
  }
}
