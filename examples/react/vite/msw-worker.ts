// Serves MSW's Service Worker script in mock mode, straight from the installed msw package:
// `dev:mock` answers /mockServiceWorker.js from it and `build:mock` emits it into dist/mock.
// Nothing is copied into the source tree, so the script always matches the msw version
// installed (MSW warns when they differ) and there is no generated file to commit.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const FILE = 'mockServiceWorker.js';

/**
 * The Vite plugin; add it only in mock mode.
 *
 * @example
 * ```ts
 * export default defineConfig(({ mode }) => ({ plugins: mode === 'mock' ? [mswWorker()] : [] }));
 * ```
 */
export function mswWorker(): Plugin {
  const source = () => readFileSync(createRequire(import.meta.url).resolve(`msw/${FILE}`), 'utf8');
  return {
    name: 'example:msw-worker',
    configureServer(server) {
      server.middlewares.use(`/${FILE}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: FILE, source: source() });
    },
  };
}
