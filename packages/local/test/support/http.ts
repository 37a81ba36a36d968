// Small fetch helpers that return what assertConforms wants: status, headers, parsed body.

/** A response as tests inspect it. */
export interface Seen {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
  readonly text: string;
}

/**
 * Sends a request and reads the whole response; JSON bodies are parsed.
 *
 * @example
 * ```ts
 * const res = await send(`${api.url}/hello`);
 * ```
 */
export async function send(url: string, init: RequestInit = {}): Promise<Seen> {
  const response = await fetch(url, init);
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  const body = text !== '' && /json/.test(type) ? (JSON.parse(text) as unknown) : text === '' ? undefined : text;
  return { status: response.status, headers: response.headers, body, text };
}

/** `Authorization: Bearer <token>` plus any other headers. */
export const bearer = (token: string, extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${token}`,
  ...extra,
});
