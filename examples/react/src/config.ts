// Which API the app talks to. Local mode: VITE_API_URL at build time (default: the local
// API), or `?api=` at run time, e.g. to point a built app at a local API on another port.
// Mock mode: a path on the page's own origin, answered by the MSW Service Worker.

/** `dev`/`build` run against an API; `dev:mock`/`build:mock` against the in-browser mock. */
export type Mode = 'local' | 'mock';

/** Where the app sends its requests. */
export interface AppConfig {
  readonly mode: Mode;
  /** Absolute, without a trailing slash. */
  readonly apiUrl: string;
  /** Set when `?api=` was given but not used. */
  readonly warning?: string;
}

/** The local API of `pnpm start`. */
export const DEFAULT_API_URL = 'http://127.0.0.1:3000';
/** Where the mock answers, on the page's origin. */
export const MOCK_PATH = '/api';
/** Where the mock's fake bucket takes upload forms and serves downloads, on the page's origin. */
export const MOCK_BUCKET_PATH = '/mock-bucket';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

// `?api=` may only name this machine: a link must not be able to send a pasted token elsewhere.
const loopbackUrl = (value: string): string | null => {
  const url = URL.parse(value);
  return url && /^https?:$/.test(url.protocol) && LOOPBACK.has(url.hostname) ? url.href.replace(/\/+$/, '') : null;
};

/**
 * Reads the app's configuration from its mode, build-time env and the page URL.
 *
 * @example
 * ```ts
 * resolveConfig(new URL('http://127.0.0.1:5173/?api=http://127.0.0.1:4000'), { MODE: 'development' });
 * // { mode: 'local', apiUrl: 'http://127.0.0.1:4000' }
 * ```
 */
export function resolveConfig(page: URL, env: { MODE: string; VITE_API_URL?: string }): AppConfig {
  if (env.MODE === 'mock') return { mode: 'mock', apiUrl: new URL(MOCK_PATH, page.origin).href };
  const fallback = (env.VITE_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
  const param = page.searchParams.get('api');
  if (param === null) return { mode: 'local', apiUrl: fallback };
  const apiUrl = loopbackUrl(param);
  return apiUrl
    ? { mode: 'local', apiUrl }
    : { mode: 'local', apiUrl: fallback, warning: `Ignored ?api=${param}: only a loopback http(s) URL is allowed.` };
}
