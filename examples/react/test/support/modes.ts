// The app's two modes as the end-to-end tests see them: how each is built and opened, and how
// a test reaches its API behind the app's back (as another client would) to set up data.
import { matchRoute } from '@serverless-todo/contract';
import { assertConforms } from '@serverless-todo/contract/responses';
import type { LocalApi } from '@serverless-todo/local';
import type { Page } from 'playwright-core';
import type { BuiltApp } from './built-app.ts';

/** A call to the API, relative to its root, e.g. `{ method: 'POST', path: '/users/u1/tasks', body }`. */
export interface ApiCall {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
}

/** What the API answered. */
export interface ApiAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** How a mode is built, opened, and given data behind the app's back. */
export interface Mode {
  readonly name: 'local' | 'mock';
  readonly build: 'production' | 'mock';
  url(app: BuiltApp, query?: string): string;
  apiUrl(app: BuiltApp): string;
  /** Makes calls as the signed-in user, one after another, from outside the app. */
  callElsewhere(page: Page, app: BuiltApp, userId: string, calls: readonly ApiCall[]): Promise<ApiAnswer[]>;
}

/**
 * The local mode (the production build against `api()`) and the mock mode.
 *
 * @example
 * ```ts
 * describe.each(modes(() => api))('the app, $name mode', (mode) => { … });
 * ```
 */
export function modes(api: () => LocalApi): Mode[] {
  return [
    {
      name: 'local',
      build: 'production',
      url: (app, query = '') => `${app.origin}/?api=${encodeURIComponent(api().url)}${query}`,
      apiUrl: () => api().url,
      async callElsewhere(_page, _app, userId, calls) {
        const token = await api().token(userId);
        const answers: ApiAnswer[] = [];
        for (const { method, path, body } of calls) {
          const res = await fetch(`${api().url}${path}`, {
            method,
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            ...(body !== undefined && { body: JSON.stringify(body) }),
          });
          const text = await res.text();
          const answer = { status: res.status, body: text === '' ? undefined : JSON.parse(text) };
          const operation = matchRoute(method, path)?.operation.operationId;
          if (!operation) throw new Error(`${method} ${path} is no operation of openapi.yaml`);
          assertConforms(operation, { ...answer, headers: res.headers });
          answers.push(answer);
        }
        return answers;
      },
    },
    {
      name: 'mock',
      build: 'mock',
      url: (app, query = '') => `${app.origin}/${query.replace(/^&/, '?')}`,
      apiUrl: (app) => `${app.origin}/api`,
      // The mock lives in the browser: another client is a fetch from the page that bypasses
      // the app (the page's response listener checks each answer against the contract).
      callElsewhere: (page, app, _userId, calls) =>
        page.evaluate(
          async ({ base, calls }) => {
            const { token } = JSON.parse(sessionStorage.getItem('todo-example-session') ?? '{}');
            const answers: { status: number; body: unknown }[] = [];
            for (const { method, path, body } of calls) {
              const res = await fetch(`${base}${path}`, {
                method,
                headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
                ...(body !== undefined && { body: JSON.stringify(body) }),
              });
              // Chromium hands a Service Worker's body to the test only once the page read it.
              const text = await res.text();
              answers.push({ status: res.status, body: text === '' ? undefined : JSON.parse(text) });
            }
            return answers;
          },
          { base: `${app.origin}/api`, calls },
        ),
    },
  ];
}
