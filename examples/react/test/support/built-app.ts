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
  // Vitest sets NODE_ENV=test, and Vite would then build React's development variant (and
  // compile JSX for it): build what users get, as `pnpm build` does.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, mode, logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server: PreviewServer = await preview({
    root: ROOT,
    mode,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const address = server.httpServer.address() as import('node:net').AddressInfo;
  return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
