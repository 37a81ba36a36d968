// The tab ↔ shared-store messages must carry a request and its answer without loss.
import { describe, expect, it } from 'vitest';
import { fromWire, responseToWire, toWire } from '../../src/mock/wire.ts';

describe('wire', () => {
  it('carries a request with its method, URL, headers and body', async () => {
    const request = new Request('http://127.0.0.1:5173/api/users/u1/tasks', {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'idempotency-key': 'k1', 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x' }),
    });
    const rebuilt = fromWire(structuredClone(await toWire(7, request)));
    expect([rebuilt.method, rebuilt.url, rebuilt.headers.get('idempotency-key')]).toEqual([
      'POST',
      'http://127.0.0.1:5173/api/users/u1/tasks',
      'k1',
    ]);
    expect(await rebuilt.json()).toEqual({ title: 'x' });
  });

  it('sends no body for a GET', async () => {
    expect((await toWire(1, new Request('http://x/api/users/u1/tasks'))).body).toBeNull();
  });

  it('carries a response, a 204 without a body, and a network error', async () => {
    const ok = await responseToWire(1, new Response('{"a":1}', { status: 201, headers: { etag: '"1"' } }));
    expect([ok.status, new Headers(ok.headers).get('etag'), new TextDecoder().decode(ok.body!)]).toEqual([
      201,
      '"1"',
      '{"a":1}',
    ]);
    expect((await responseToWire(2, new Response(null, { status: 204 }))).body).toBeNull();
    expect((await responseToWire(3, Response.error())).networkError).toBe(true);
  });
});
