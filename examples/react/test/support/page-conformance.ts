// Checks every API response the page receives against openapi.yaml, as the browser saw it
// (all headers, cross-origin ones included; Service Worker answers in mock mode too), and every
// WebSocket frame from the API's origin against asyncapi.yaml. The mock's sockets live inside
// the page (MSW), out of the browser's sight: there the SDK checks each message, and the app
// logs one that departs from the contract, which counts as a violation here.
import { matchRoute } from '@serverless-todo/contract';
import { readServerMessage, type ServerMessage } from '@serverless-todo/contract/realtime';
import { conformanceErrors } from '@serverless-todo/contract/responses';
import type { Page, Request } from 'playwright-core';

/** What the page's API responses and realtime messages looked like. */
export interface PageConformance {
  /**
   * Waits until no API request of the page is in flight (live updates can start a refetch at
   * any time), then for pending checks; resolves with the number of responses checked.
   */
  settle(): Promise<number>;
  readonly violations: string[];
  /** Responses aborted by the page, or cut by a navigation, before they could be read (not checked, not violations). */
  readonly unread: number;
  /** Every realtime message the browser saw arrive on a WebSocket from the API's origin, checked. */
  readonly messages: ServerMessage[];
}

// The app's words for a realtime message the SDK dropped (src/app/live/connect-live.ts).
const DROPPED_MESSAGE = 'departs from asyncapi.yaml';

/** Polls `done` every 50 ms for at most `ms`; resolves with whether it came true. */
async function waitUntil(done: () => boolean, ms: number): Promise<boolean> {
  for (let waited = 0; !done(); waited += 50) {
    if (waited >= ms) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/**
 * Starts checking the responses of `page` whose URL lies under `apiUrl`.
 *
 * @example
 * ```ts
 * const seen = watchApiResponses(page, api.url);
 * // … drive the page …
 * expect(await seen.settle()).toBeGreaterThan(0);
 * expect(seen.violations).toEqual([]);
 * ```
 */
export function watchApiResponses(page: Page, apiUrl: string): PageConformance {
  const base = new URL(apiUrl);
  const pending: Promise<void>[] = [];
  const violations: string[] = [];
  const messages: ServerMessage[] = [];
  let checked = 0;
  let unread = 0;
  const socketOrigin = base.origin.replace(/^http/, 'ws');
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).origin !== socketOrigin) return;
    socket.on('framereceived', ({ payload }) => {
      let data: unknown;
      try {
        data = JSON.parse(String(payload));
      } catch {
        return void violations.push(`realtime: a frame that is not JSON: ${String(payload).slice(0, 200)}`);
      }
      const result = readServerMessage(data);
      if (result.ok) messages.push(result.message);
      else violations.push(`realtime: ${result.errors.join('; ')} in ${String(payload).slice(0, 200)}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes(DROPPED_MESSAGE))
      violations.push(`realtime: ${message.text()}`);
  });
  const isApi = (url: URL) => url.origin === base.origin && url.pathname.startsWith(base.pathname.replace(/\/$/, ''));
  const inFlight = new Set<Request>();
  page.on('request', (request) => {
    if (isApi(new URL(request.url()))) inFlight.add(request);
  });
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  // A response that arrives just before a reload (a refetch that live updates started after the
  // checks settled) can lose its body to the navigation before it is read.
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations++;
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (!isApi(url)) return;
    const navigationsBefore = navigations;
    const method = response.request().method();
    const path = url.pathname.slice(base.pathname.replace(/\/$/, '').length);
    const route = matchRoute(method, path); // null for CORS preflights and the dev token endpoint
    if (!route) return;
    pending.push(
      (async () => {
        const headers = await response.allHeaders();
        // A body can become unreadable (its page navigated away): give up rather than hang.
        const text =
          response.status() === 204
            ? ''
            : await Promise.race([
                response.text(),
                new Promise<never>((_, reject) =>
                  setTimeout(() => reject(new Error('body not readable within 10 s')), 10_000).unref(),
                ),
              ]);
        const body = text === '' ? undefined : JSON.parse(text);
        const errors = conformanceErrors(route.operation.operationId, { status: response.status(), headers, body });
        checked++;
        if (errors.length > 0) violations.push(`${method} ${path} → ${response.status()}: ${errors.join('; ')}`);
      })().catch(async (error: unknown) => {
        // The page itself gave up on it (a refetch cancelled by a newer one), or the page was
        // navigated away before the body could be read: nothing of it is left to check.
        const request = response.request();
        if (inFlight.has(request)) await waitUntil(() => !inFlight.has(request), 5_000);
        if (request.failure()?.errorText.includes('ERR_ABORTED') || navigations !== navigationsBefore)
          return void unread++;
        violations.push(`${method} ${path}: could not read the response (${(error as Error).message})`);
      }),
    );
  });
  return {
    async settle() {
      // Bounded: a page that never goes quiet fails the test here rather than hanging it.
      if (!(await waitUntil(() => inFlight.size === 0 || page.isClosed(), 15_000)))
        violations.push(`${inFlight.size} API request(s) still in flight after 15 s`);
      await Promise.all(pending);
      return checked;
    },
    get unread() {
      return unread;
    },
    violations,
    messages,
  };
}
