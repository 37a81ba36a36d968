// A function's return value → the HTTP response API Gateway would send, or the reason it
// would refuse it ("Malformed Lambda proxy response", a 502).

/** An HTTP response ready to write. Header pairs keep repeated names. */
export interface HttpResponse {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Buffer;
}

/** A valid proxy result as a response, or why it is malformed. */
export type ProxyResultOutcome =
  | { readonly ok: true; readonly response: HttpResponse }
  | { readonly ok: false; readonly reason: string };

const scalar = (value: unknown) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/**
 * Checks a proxy result (payload v1) and turns it into an HTTP response.
 *
 * @example
 * ```ts
 * const outcome = fromProxyResult({ statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: '{}' });
 * outcome.ok && outcome.response.status; // 200
 * ```
 */
export function fromProxyResult(result: unknown): ProxyResultOutcome {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) {
    return { ok: false, reason: 'the result is not an object' };
  }
  const r = result as Record<string, unknown>;
  const status = r.statusCode;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
    return { ok: false, reason: `statusCode ${JSON.stringify(status)} is not an HTTP status` };
  }
  if (r.body !== undefined && r.body !== null && typeof r.body !== 'string') {
    return { ok: false, reason: 'body is not a string' };
  }
  if (r.isBase64Encoded !== undefined && typeof r.isBase64Encoded !== 'boolean') {
    return { ok: false, reason: 'isBase64Encoded is not a boolean' };
  }
  const headers: [string, string][] = [];
  const multi = r.multiValueHeaders ?? {};
  if (typeof multi !== 'object' || multi === null) return { ok: false, reason: 'multiValueHeaders is not an object' };
  for (const [name, values] of Object.entries(multi)) {
    if (!Array.isArray(values) || !values.every(scalar))
      return { ok: false, reason: `multiValueHeaders.${name} is not a list` };
    for (const value of values) headers.push([name, String(value)]);
  }
  const single = r.headers ?? {};
  if (typeof single !== 'object' || single === null) return { ok: false, reason: 'headers is not an object' };
  for (const [name, value] of Object.entries(single)) {
    if (!scalar(value)) return { ok: false, reason: `headers.${name} is not a string` };
    // A name in both maps is sent once per distinct value.
    if (!headers.some(([n, v]) => n.toLowerCase() === name.toLowerCase() && v === String(value))) {
      headers.push([name, String(value)]);
    }
  }
  const text = typeof r.body === 'string' ? r.body : '';
  const body = r.isBase64Encoded === true ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8');
  return { ok: true, response: { status, headers, body } };
}
