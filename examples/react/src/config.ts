// Which API the app talks to. Local mode: VITE_API_URL at build time (default: the local
// API), or `?api=` at run time, e.g. to point a built app at a local API on another port.
// Mock mode: a path on the page's own origin, answered by the MSW Service Worker.
// Live updates come from the realtime API: beside the REST API on its origin for the local API
// and the mock (the path is asyncapi.yaml's, read by the live-updates chunk, see live/), from
// VITE_REALTIME_URL for a deployed one (its WebSocket API is a host of its own), off otherwise.

/** `dev`/`build` run against an API; `dev:mock`/`build:mock` against the in-browser mock. */
export type Mode = 'local' | 'mock';

/** Where the app sends its requests. */
export interface AppConfig {
  readonly mode: Mode;
  /** Absolute, without a trailing slash. */
  readonly apiUrl: string;
  /** Where live updates come from; null when they are off. */
  readonly realtime: RealtimeSource;
  /** Set when `?api=` or VITE_REALTIME_URL was given but not used. */
  readonly warning?: string;
}

/**
 * A realtime endpoint as given (`{ url }`: VITE_REALTIME_URL, e.g. the stack's RealtimeUrl), or
 * the one the local API and the mock serve on an origin (`{ origin }`, e.g. `ws://127.0.0.1:3000`).
 */
export type RealtimeSource = { readonly url: string } | { readonly origin: string } | null;

/** The local API of `pnpm start`. */
export const DEFAULT_API_URL = 'http://127.0.0.1:3000';
/** Where the mock answers, on the page's origin. */
export const MOCK_PATH = '/api';
/** Where the mock's fake bucket takes upload forms and serves downloads, on the page's origin. */
export const MOCK_BUCKET_PATH = '/mock-bucket';

/** `?realtime=off` turns live updates off in this tab (it then shows only what it loads itself). */
export const REALTIME_PARAM = 'realtime';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

// `?api=` may only name this machine: a link must not be able to send a pasted token elsewhere.
const loopbackUrl = (value: string): string | null => {
  const url = URL.parse(value);
  return url && /^https?:$/.test(url.protocol) && LOOPBACK.has(url.hostname) ? url.href.replace(/\/+$/, '') : null;
};

/**
 * The WebSocket origin of an http(s) URL: the same host, `ws:` for http and `wss:` for https.
 *
 * @example
 * ```ts
 * socketOrigin(new URL('http://127.0.0.1:3000/')); // 'ws://127.0.0.1:3000'
 * ```
 */
export const socketOrigin = (url: URL): string => `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;

// The local API serves its realtime API on its own port; any other API's is elsewhere.
const besideApi = (apiUrl: string): RealtimeSource => {
  const url = new URL(apiUrl);
  return LOOPBACK.has(url.hostname) ? { origin: socketOrigin(url) } : null;
};

const socketUrl = (value: string): string | null => {
  const url = URL.parse(value);
  return url && /^wss?:$/.test(url.protocol) ? url.href.replace(/\/+$/, '') : null;
};

/**
 * Reads the app's configuration from its mode, build-time env and the page URL.
 *
 * @example
 * ```ts
 * resolveConfig(new URL('http://127.0.0.1:5173/?api=http://127.0.0.1:4000'), { MODE: 'development' });
 * // { mode: 'local', apiUrl: 'http://127.0.0.1:4000', realtime: { origin: 'ws://127.0.0.1:4000' } }
 * ```
 */
export function resolveConfig(
  page: URL,
  env: { MODE: string; VITE_API_URL?: string; VITE_REALTIME_URL?: string },
): AppConfig {
  const live = page.searchParams.get(REALTIME_PARAM) !== 'off';
  if (env.MODE === 'mock') {
    const apiUrl = new URL(MOCK_PATH, page.origin).href;
    return { mode: 'mock', apiUrl, realtime: live ? { origin: socketOrigin(page) } : null };
  }
  const warnings: string[] = [];
  const given = env.VITE_REALTIME_URL ? socketUrl(env.VITE_REALTIME_URL) : null;
  if (env.VITE_REALTIME_URL && !given)
    warnings.push(`Ignored VITE_REALTIME_URL=${env.VITE_REALTIME_URL}: it must be a ws(s) URL.`);
  let apiUrl = (env.VITE_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
  let realtime: RealtimeSource = given ? { url: given } : besideApi(apiUrl);
  const param = page.searchParams.get('api');
  if (param !== null) {
    const loopback = loopbackUrl(param);
    if (loopback) {
      // A local API on another port serves its realtime API there too.
      apiUrl = loopback;
      realtime = besideApi(loopback);
    } else warnings.push(`Ignored ?api=${param}: only a loopback http(s) URL is allowed.`);
  }
  return {
    mode: 'local',
    apiUrl,
    realtime: live ? realtime : null,
    ...(warnings.length > 0 && { warning: warnings.join(' ') }),
  };
}
