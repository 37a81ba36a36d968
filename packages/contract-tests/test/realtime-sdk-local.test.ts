// The SDK's realtime entry against the local API, which runs template.yaml's real authorizer
// and $default functions behind its WebSocket emulation (real loopback sockets, `ws` as the
// WebSocket class, as Node 20 has none): a signed token opens, a missing, forged or expired
// one is refused with 401 on the upgrade and reported, ping is answered with the contract's
// pong, and an abort closes the connection.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTodoClient } from '@serverless-todo/client';
import { RealtimeConnectionError, type SubscribeOptions, withRealtime } from '@serverless-todo/client/realtime';
import { assertServerMessage } from '@serverless-todo/contract/realtime';
import { type LocalApi, loadSigningKey, signToken, startLocalApi } from '@serverless-todo/local';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';

const USER = 'realtime-user';
const WAIT = { timeout: 20_000, interval: 10 };
let api: LocalApi;
let realtimeUrl: string;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'realtime-sdk-'));
  dirs.push(dir);
  return dir;
};
let dataDir: string;

beforeAll(async () => {
  dataDir = tempDir();
  api = await startLocalApi({ port: 0, memory: true, quiet: true, dataDir });
  if (api.realtimeUrl === null) throw new Error('the local API serves no WebSocket API: template.yaml has none');
  realtimeUrl = api.realtimeUrl;
}, 120_000);

afterAll(async () => {
  await api?.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The status a raw upgrade with `token` gets: 101 when it opens. */
function upgradeStatus(token: string | null): Promise<number> {
  const url = new URL(realtimeUrl);
  if (token !== null) url.searchParams.set('token', token);
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      resolve(101);
      socket.close();
    });
    socket.on('error', (error) => reject(error));
  });
}

function subscribe(token: () => Promise<string> | string, signal: AbortSignal) {
  const client = withRealtime(createTodoClient({ baseUrl: api.url, token }), {
    url: realtimeUrl,
    WebSocket,
    reconnect: { baseDelayMs: 20, maxDelayMs: 100 },
  });
  const seen = { opens: 0, errors: [] as Error[] };
  const handlers: SubscribeOptions = {
    onEvent: () => {},
    onOpen: () => seen.opens++,
    onError: (error) => seen.errors.push(error),
    signal,
  };
  client.subscribe(USER, handlers);
  return seen;
}

describe('the SDK against the local API', () => {
  it('opens with a token the local API signed, and stops on abort', async () => {
    const controller = new AbortController();
    const seen = subscribe(() => api.token(USER), controller.signal);
    await vi.waitFor(() => expect(seen.opens).toBe(1), WAIT);
    controller.abort();
    expect(seen.errors).toEqual([]);
  });

  it.each([
    ['missing', async () => null],
    ['forged (signed with another key)', async () => signToken(await loadSigningKey(tempDir()), USER)],
    ['expired', async () => signToken(await loadSigningKey(dataDir), USER, {}, -60)],
  ])('refuses a %s token with 401, which the SDK reports and retries', async (_, make) => {
    const token = await make();
    expect(await upgradeStatus(token)).toBe(401);
    const controller = new AbortController();
    const seen = subscribe(() => token ?? '', controller.signal);
    await vi.waitFor(() => expect(seen.errors.length).toBeGreaterThanOrEqual(2), WAIT);
    controller.abort();
    expect(seen.opens).toBe(0);
    for (const error of seen.errors) expect(error).toBeInstanceOf(RealtimeConnectionError);
  });

  it('answers the SDK’s ping with the contract’s pong', async () => {
    const url = new URL(realtimeUrl);
    url.searchParams.set('token', await api.token(USER));
    const socket = new WebSocket(url);
    const reply = new Promise<unknown>((resolve, reject) => {
      socket.on('message', (data) => resolve(JSON.parse(String(data))));
      socket.on('error', reject);
    });
    await new Promise((resolve, reject) => {
      socket.on('open', resolve);
      socket.on('unexpected-response', (_request, response) => reject(new Error(`refused: ${response.statusCode}`)));
    });
    socket.send(JSON.stringify({ type: 'ping' }));
    const message = await reply;
    socket.close();
    assertServerMessage(message);
    expect(message.type).toBe('pong');
  });
});
