// Target 2: the local API (the real Lambda bundles behind the gateway emulation, on
// in-memory dynalite), started in-process on a free loopback port, with its realtime API
// (template.yaml's WebSocket API and stream fan-out) reached through `ws`, as Node 20 has no
// WebSocket of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalApi, loadSigningKey, signToken, startLocalApi } from '@serverless-todo/local';
import { WebSocket } from 'ws';
import type { RealtimeEndpoint, Target, WebSocketClass } from '../target.ts';

/** Options of {@link localTarget}. */
export interface LocalTargetOptions {
  /** Shown in test names; default `local`. */
  readonly name?: string;
  /** Rewrites each request before it is sent (the suite's self-test breaks the API this way). */
  readonly rewrite?: (request: Request) => Request;
}

/**
 * The local API target. `setup` starts it on port 0 with an in-memory store and its signing
 * key in a temp directory; `teardown` stops it and removes the directory. Its `realtime`
 * opens `ws` sockets on the local API's WebSocket API.
 *
 * @example
 * ```ts
 * defineSuite(localTarget());
 * ```
 */
export function localTarget(options: LocalTargetOptions = {}): Target {
  let api: LocalApi | undefined;
  let dataDir: string | undefined;
  const running = () => {
    if (api === undefined || dataDir === undefined)
      throw new Error('the local target is not set up: call setup() first');
    return { api, dataDir };
  };
  const rewrite = options.rewrite ?? ((request: Request) => request);
  const realtime: RealtimeEndpoint = {
    get url() {
      const url = running().api.realtimeUrl;
      if (url === null) throw new Error('the local API serves no WebSocket API: template.yaml has none');
      return url;
    },
    webSocket: () => WebSocket as unknown as WebSocketClass,
    seesUpgradeStatus: true,
    // Events leave through the stream emulation: drained means every change reached the fan-out.
    settled: () => running().api.drained(),
    expiredToken: async (userId) => signToken(await loadSigningKey(running().dataDir), userId, {}, -60),
  };
  return {
    name: options.name ?? 'local',
    get baseUrl() {
      return running().api.url;
    },
    fetch: (request) => globalThis.fetch(rewrite(request)),
    token: (userId) => running().api.token(userId),
    realtime,
    async setup() {
      dataDir = mkdtempSync(join(tmpdir(), 'contract-tests-'));
      api = await startLocalApi({ port: 0, memory: true, quiet: true, dataDir });
    },
    async teardown() {
      await api?.stop();
      api = undefined;
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
