// Target 2: the local API (the real Lambda bundles behind the gateway emulation, on
// in-memory dynalite), started in-process on a free loopback port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalApi, startLocalApi } from '@serverless-todo/local';
import type { Target } from '../target.ts';

/** Options of {@link localTarget}. */
export interface LocalTargetOptions {
  /** Shown in test names; default `local`. */
  readonly name?: string;
  /** Rewrites each request before it is sent (the suite's self-test breaks the API this way). */
  readonly rewrite?: (request: Request) => Request;
}

/**
 * The local API target. `setup` starts it on port 0 with an in-memory store and its signing
 * key in a temp directory; `teardown` stops it and removes the directory.
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
    if (api === undefined) throw new Error('the local target is not set up: call setup() first');
    return api;
  };
  const rewrite = options.rewrite ?? ((request: Request) => request);
  return {
    name: options.name ?? 'local',
    get baseUrl() {
      return running().url;
    },
    fetch: (request) => globalThis.fetch(rewrite(request)),
    token: (userId) => running().token(userId),
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
