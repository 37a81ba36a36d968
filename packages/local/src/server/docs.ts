// API docs: openapi.yaml rendered by Redoc's standalone bundle and asyncapi.yaml by the
// AsyncAPI React component's, both served from node_modules so the pages work offline (no
// CDN), and the raw specs themselves.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { asyncapiDocument } from '@serverless-todo/contract/asyncapi';
import type { HttpResponse } from '../gateway/proxy-result.ts';

const require = createRequire(import.meta.url);
const BUNDLE_DIR = dirname(require.resolve('redoc/bundles/redoc.standalone.js'));
const ASSETS = new Set(readdirSync(BUNDLE_DIR));
const ASYNCAPI_DIR = dirname(
  dirname(dirname(require.resolve('@asyncapi/react-component/browser/standalone/index.js'))),
);
/** The AsyncAPI page's two assets, by the name it loads them under. */
const ASYNCAPI_ASSETS: Readonly<Record<string, string>> = {
  'asyncapi.standalone.js': join(ASYNCAPI_DIR, 'browser/standalone/index.js'),
  'asyncapi.css': join(ASYNCAPI_DIR, 'styles/default.min.css'),
};

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
    <p style="margin: 0; padding: 8px 16px; font: 14px sans-serif; background: #f3f4f6">
      REST API below · <a href="/docs/realtime">Realtime (WebSocket) API</a>
    </p>
    <redoc spec-url="/openapi.yaml"></redoc>
    <script src="/docs/redoc.standalone.js"></script>
  </body>
</html>
`;

// The AsyncAPI component reads the bundled document: a browser cannot follow asyncapi.yaml's
// file refs into openapi.yaml.
const REALTIME_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Serverless Todo realtime API (local)</title>
    <link rel="stylesheet" href="/docs/asyncapi.css" />
  </head>
  <body>
    <p style="margin: 0; padding: 8px 16px; font: 14px sans-serif; background: #f3f4f6">
      Realtime (WebSocket) API below · <a href="/docs">REST API</a>
    </p>
    <div id="asyncapi"></div>
    <script src="/docs/asyncapi.standalone.js"></script>
    <script src="/docs/realtime.js"></script>
  </body>
</html>
`;

// A file of its own, so the CSP needs no 'unsafe-inline' for scripts.
const REALTIME_SCRIPT = `AsyncApiStandalone.render(
  { schema: { url: '/docs/asyncapi.json', requestOptions: {} }, config: { show: { sidebar: true } } },
  document.getElementById('asyncapi'),
);
`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

// Everything from this server: the page works offline and cannot reach a CDN by accident.
// Redoc injects style tags and runs its search index in a blob: worker.
const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:";

// The AsyncAPI bundle carries the AsyncAPI parser, which compiles its JSON schemas with ajv
// (new Function) as it loads: that page alone may evaluate code, still only from here.
const REALTIME_CSP = `${CSP}; script-src 'self' 'unsafe-eval'`;

const ok = (contentType: string, body: Buffer | string, csp: string = CSP): HttpResponse => ({
  status: 200,
  headers: [
    ['Content-Type', contentType],
    ['Cache-Control', 'no-cache'],
    ['Content-Security-Policy', csp],
  ],
  body: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'),
});

/**
 * Answers the docs paths (`/docs`, `/docs/realtime`, their assets, `/openapi.yaml`,
 * `/asyncapi.yaml`); null for any other path.
 *
 * @example
 * ```ts
 * const docs = docsRoutes(openapiPath, asyncapiPath);
 * docs('/docs')?.status; // 200
 * ```
 */
export function docsRoutes(specFile: string, asyncapiFile: string): (path: string) => HttpResponse | null {
  return (path) => {
    if (path === '/openapi.yaml') return ok('application/yaml; charset=utf-8', readFileSync(specFile));
    if (path === '/asyncapi.yaml') return ok('application/yaml; charset=utf-8', readFileSync(asyncapiFile));
    if (path === '/docs' || path === '/docs/') return ok('text/html; charset=utf-8', PAGE);
    if (path === '/docs/realtime') return ok('text/html; charset=utf-8', REALTIME_PAGE, REALTIME_CSP);
    if (path === '/docs/realtime.js') return ok(TYPES['.js'] as string, REALTIME_SCRIPT);
    if (path === '/docs/asyncapi.json') return ok('application/json', JSON.stringify(asyncapiDocument));
    if (path.startsWith('/docs/')) {
      const name = path.slice('/docs/'.length);
      const asset = Object.hasOwn(ASYNCAPI_ASSETS, name) ? ASYNCAPI_ASSETS[name] : undefined;
      if (asset) return ok(TYPES[name.slice(name.lastIndexOf('.'))] as string, readFileSync(asset));
      // Only the bundle directory's own files, by exact name: no path traversal.
      if (!ASSETS.has(name)) return null;
      const ext = name.slice(name.lastIndexOf('.'));
      return ok(TYPES[ext] ?? 'application/octet-stream', readFileSync(join(BUNDLE_DIR, name)));
    }
    return null;
  };
}
