// Checks every API response the page receives against openapi.yaml, as the browser saw it
// (all headers, cross-origin ones included; Service Worker answers in mock mode too).
import { matchRoute } from '@serverless-todo/contract';
import { conformanceErrors } from '@serverless-todo/contract/responses';
import type { Page } from 'playwright-core';

/** What the page's API responses looked like. */
export interface PageConformance {
  /** Waits for pending checks; resolves with the number of responses checked. */
  settle(): Promise<number>;
  readonly violations: string[];
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
  let checked = 0;
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname.replace(/\/$/, ''))) return;
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
      })().catch((error: unknown) => {
        violations.push(`${method} ${path}: could not read the response (${(error as Error).message})`);
      }),
    );
  });
  return {
    async settle() {
      await Promise.all(pending);
      return checked;
    },
    violations,
  };
}
