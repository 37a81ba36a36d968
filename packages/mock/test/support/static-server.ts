// A minimal static file server on 127.0.0.1 for the browser test: the page, its bundle and
// MSW's Service Worker script, which must come from the page's own origin.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

/** Serves `files` (URL path → contents) and resolves to the origin it listens on. */
export async function serveFiles(files: Record<string, string>): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const requested = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const path = requested.endsWith('/') ? `${requested}index.html` : requested;
    const body = files[path];
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
