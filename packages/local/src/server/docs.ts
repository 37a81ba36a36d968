// API docs: openapi.yaml rendered by Redoc's standalone bundle, served from node_modules so
// the page works offline (no CDN), and the raw spec itself.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { HttpResponse } from '../gateway/proxy-result.ts';

const require = createRequire(import.meta.url);
const BUNDLE_DIR = dirname(require.resolve('redoc/bundles/redoc.standalone.js'));
const ASSETS = new Set(readdirSync(BUNDLE_DIR));

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Serverless Todo API (local)</title>
    <style>
      body { margin: 0; padding: 0; }
      /* Redoc's footer logo is fetched from its CDN; the local docs load nothing remote. */
      img[src^="https://cdn.redoc.ly"] { display: none; }
    </style>
  </head>
  <body>
    <redoc spec-url="/openapi.yaml"></redoc>
    <script src="/docs/redoc.standalone.js"></script>
  </body>
</html>
`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

// Everything from this server: the page works offline and cannot reach a CDN by accident.
// Redoc injects style tags and runs its search index in a blob: worker.
const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:";

const ok = (contentType: string, body: Buffer | string): HttpResponse => ({
  status: 200,
  headers: [
    ['Content-Type', contentType],
    ['Cache-Control', 'no-cache'],
    ['Content-Security-Policy', CSP],
  ],
  body: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'),
});

/**
 * Answers the docs paths (`/docs`, its assets, `/openapi.yaml`); null for any other path.
 *
 * @example
 * ```ts
 * const docs = docsRoutes(openapiPath);
 * docs('/docs')?.status; // 200
 * ```
 */
export function docsRoutes(specFile: string): (path: string) => HttpResponse | null {
  return (path) => {
    if (path === '/openapi.yaml') return ok('application/yaml; charset=utf-8', readFileSync(specFile));
    if (path === '/docs' || path === '/docs/') return ok('text/html; charset=utf-8', PAGE);
    if (path.startsWith('/docs/')) {
      const name = path.slice('/docs/'.length);
      // Only the bundle directory's own files, by exact name: no path traversal.
      if (!ASSETS.has(name)) return null;
      const ext = name.slice(name.lastIndexOf('.'));
      return ok(TYPES[ext] ?? 'application/octet-stream', readFileSync(join(BUNDLE_DIR, name)));
    }
    return null;
  };
}
