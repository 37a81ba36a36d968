// Builds the app as `pnpm build` / `pnpm build:mock` do, and serves the output with
// `vite preview` on a free loopback port: the tests drive the built files, not a dev server.
import { fileURLToPath } from 'node:url';
import { build, type PreviewServer, preview } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A served build. */
export interface BuiltApp {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Builds `mode` ('production' or 'mock') and serves it.
 *
 * @example
 * ```ts
 * const app = await buildAndServe('mock');
 * await page.goto(`${app.origin}/`);
 * ```
 */
export async function buildAndServe(mode: 'production' | 'mock'): Promise<BuiltApp> {
  await build({ root: ROOT, mode, logLevel: 'warn' });
  const server: PreviewServer = await preview({
    root: ROOT,
    mode,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const address = server.httpServer.address() as import('node:net').AddressInfo;
  return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
