// What every end-to-end test file sets up: one Chromium and one local API (port 0, in memory)
// for the file; per mode, the built app served; per test, a fresh browser context (no session,
// no saved mock data, a fresh shared mock store) whose API responses are all checked against
// openapi.yaml (and realtime messages against asyncapi.yaml) when the test ends. Screenshots go
// to test-results/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type LocalApi, startLocalApi } from '@serverless-todo/local';
import { launchChromium } from '@serverless-todo/testkit';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { type BuiltApp, buildAndServe } from './built-app.ts';
import type { Mode } from './modes.ts';
import { type PageConformance, watchApiResponses } from './page-conformance.ts';
import { TodoPage } from './todo-page.ts';

const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** The parts one test file shares. */
export interface SharedParts {
  readonly api: LocalApi;
  readonly browser: Browser;
}

/**
 * Starts Chromium and a local API before the file's tests; stops them after.
 *
 * @example
 * ```ts
 * const shared = useSharedParts();
 * describe.each(modes(() => shared.api))('…, $name mode', (mode) => { … });
 * ```
 */
export function useSharedParts(): SharedParts {
  const parts = {} as { api: LocalApi; browser: Browser };
  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    [parts.api, parts.browser] = await Promise.all([
      startLocalApi({ port: 0, memory: true, quiet: true }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await parts.browser?.close();
    await parts.api?.stop();
  });
  return parts;
}

/** One mode's app and the current test's browser context. */
export interface ModeRun {
  readonly app: BuiltApp;
  readonly context: BrowserContext;
  /** The page each test starts with, on the app, signed out. */
  readonly todo: TodoPage;
  /** Opens another page of the app in the same context (another tab). */
  openPage(query?: string): Promise<TodoPage>;
  /**
   * Opens the app in a browser context of its own (another browser profile, as on another
   * device: its own storage, and in mock mode its own SharedWorker store), closed after the test.
   * `prepare` runs on the context before the page opens (to route its sockets, say).
   */
  openElsewhere(query?: string, prepare?: (context: BrowserContext) => Promise<unknown>): Promise<TodoPage>;
  /** What the checks saw on `page`: its realtime messages among them. */
  conformanceOf(page: TodoPage): PageConformance;
  /** Reloads, once the checks have read the bodies of the responses before (a reload drops them). */
  reload(page: TodoPage): Promise<void>;
  /** Waits until every response seen so far has been checked. */
  settleChecks(): Promise<void>;
  shot(page: Page, name: string): Promise<unknown>;
  /** A user id no other test of this file uses. */
  nextUser(): string;
}

/**
 * Builds and serves `mode` before its tests, and gives each test a fresh context and page.
 *
 * @example
 * ```ts
 * const run = useModeRun(shared, mode);
 * it('…', async () => { await run.todo.signIn(run.nextUser()); });
 * ```
 */
export function useModeRun(shared: SharedParts, mode: Mode, prefix = 'react'): ModeRun {
  let watched: PageConformance[] = [];
  let watchedOf = new Map<Page, PageConformance>();
  let others: BrowserContext[] = [];
  let user = 0;
  const open = async (context: BrowserContext, query: string) => {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const conformance = watchApiResponses(page, mode.apiUrl(run.app));
    watched.push(conformance);
    watchedOf.set(page, conformance);
    await page.goto(mode.url(run.app, query));
    return new TodoPage(page);
  };
  const run = {
    openPage: (query = '') => open(run.context, query),
    openElsewhere: async (query = '', prepare?: (context: BrowserContext) => Promise<unknown>) => {
      const context = await shared.browser.newContext();
      others.push(context);
      await prepare?.(context);
      return open(context, query);
    },
    conformanceOf: (page: TodoPage) => {
      const conformance = watchedOf.get(page.page);
      if (!conformance) throw new Error('that page was not opened by this run');
      return conformance;
    },
    settleChecks: async () => {
      await Promise.all(watched.map((w) => w.settle()));
    },
    reload: async (page: TodoPage) => {
      await run.settleChecks();
      await page.reload();
    },
    shot: (page: Page, name: string) =>
      page.screenshot({ path: `${RESULTS}${prefix}-${mode.name}-${name}.png`, fullPage: true }),
    nextUser: () => `${prefix}-${mode.name}-${++user}`,
  } as ModeRun & { app: BuiltApp; context: BrowserContext; todo: TodoPage };

  beforeAll(async () => {
    run.app = await buildAndServe(mode.build);
  });
  afterAll(() => run.app?.close());
  beforeEach(async () => {
    run.context = await shared.browser.newContext();
    watched = [];
    watchedOf = new Map();
    others = [];
    run.todo = await run.openPage();
  });
  afterEach(async () => {
    const checked = await Promise.all(watched.map((w) => w.settle()));
    await Promise.all([run.context, ...others].map((context) => context?.close()));
    expect(watched.flatMap((w) => w.violations)).toEqual([]);
    expect(checked.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
  return run;
}
