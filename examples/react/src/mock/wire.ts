// Requests and responses as plain, transferable messages between a tab and the shared store.

/** A request on its way to the shared store. */
export interface WireRequest {
  readonly id: number;
  readonly method: string;
  readonly url: string;
  readonly headers: [string, string][];
  readonly body: ArrayBuffer | null;
}

/** The store's answer; `networkError` stands for `HttpResponse.error()` (fetch rejects). */
export interface WireResponse {
  readonly id: number;
  readonly networkError?: boolean;
  readonly status: number;
  readonly headers: [string, string][];
  readonly body: ArrayBuffer | null;
}

/**
 * Flattens a request for `postMessage`.
 *
 * @example
 * ```ts
 * port.postMessage(await toWire(1, request));
 * ```
 */
export async function toWire(id: number, request: Request): Promise<WireRequest> {
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return {
    id,
    method: request.method,
    url: request.url,
    headers: [...request.headers],
    body: hasBody ? await request.arrayBuffer() : null,
  };
}

/**
 * Rebuilds the request in the store.
 *
 * @example
 * ```ts
 * const request = fromWire(message);
 * ```
 */
export const fromWire = ({ method, url, headers, body }: WireRequest): Request =>
  new Request(url, { method, headers, body });

/**
 * Flattens the store's response.
 *
 * @example
 * ```ts
 * port.postMessage(await responseToWire(1, response));
 * ```
 */
export async function responseToWire(id: number, response: Response): Promise<WireResponse> {
  if (response.type === 'error') return { id, networkError: true, status: 0, headers: [], body: null };
  const body = response.status === 204 ? null : await response.arrayBuffer();
  return { id, status: response.status, headers: [...response.headers], body };
}
