// The built app in Debian's Chromium, in both modes: against a real local API (port 0, in
// memory; the page is told its URL with ?api=) and on the MSW mock (built with --mode mock,
// offline). Every API response the page receives is checked against openapi.yaml.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assertConforms } from '@serverless-todo/contract/responses';
import { type LocalApi, startLocalApi } from '@serverless-todo/local';
import { launchChromium } from '@serverless-todo/testkit';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BuiltApp, buildAndServe } from './support/built-app.ts';
import { type PageConformance, watchApiResponses } from './support/page-conformance.ts';
import { TodoPage } from './support/todo-page.ts';

const RESULTS = fileURLToPath(new URL('../test-results/', import.meta.url));

let api: LocalApi;
let browser: Browser;
beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  [api, browser] = await Promise.all([startLocalApi({ port: 0, memory: true, quiet: true }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

/** How a mode is built, opened, and changed behind the page's back. */
interface Mode {
  readonly name: 'local' | 'mock';
  readonly build: 'production' | 'mock';
  url(app: BuiltApp): string;
  apiUrl(app: BuiltApp): string;
  /** Renames a task as another client would (not through the page's app). */
  renameElsewhere(page: Page, app: BuiltApp, userId: string, taskId: string, title: string): Promise<void>;
}

const MODES: Mode[] = [
  {
    name: 'local',
    build: 'production',
    url: (app) => `${app.origin}/?api=${encodeURIComponent(api.url)}`,
    apiUrl: () => api.url,
    async renameElsewhere(_page, _app, userId, taskId, title) {
      const res = await fetch(`${api.url}/users/${userId}/tasks/${taskId}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${await api.token(userId)}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title }),
      });
      assertConforms('updateTask', { status: res.status, headers: res.headers, body: await res.json() });
      expect(res.status).toBe(200);
    },
  },
  {
    name: 'mock',
    build: 'mock',
    url: (app) => `${app.origin}/`,
    apiUrl: (app) => `${app.origin}/api`,
    async renameElsewhere(page, app, userId, taskId, title) {
      // The mock lives in the page's Service Worker: another client is a fetch from the page
      // that bypasses the app (the page's response listener checks its answer).
      const status = await page.evaluate(
        async ({ url, title }) => {
          const { token } = JSON.parse(sessionStorage.getItem('todo-example-session') ?? '{}');
          const res = await fetch(url, {
            method: 'PATCH',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ title }),
          });
          // Read the body: Chromium hands a Service Worker's body to the test only once the
          // page has consumed it.
          await res.text();
          return res.status;
        },
        { url: `${app.origin}/api/users/${userId}/tasks/${taskId}`, title },
      );
      expect(status).toBe(200);
    },
  },
];

describe.each(MODES)('the built app, $name mode', (mode) => {
  let app: BuiltApp;
  let context: BrowserContext;
  let todo: TodoPage;
  let seen: PageConformance;
  let user = 0;
  const nextUser = () => `web-${mode.name}-${++user}`;

  beforeAll(async () => {
    app = await buildAndServe(mode.build);
  });
  afterAll(() => app?.close());
  beforeEach(async () => {
    // A fresh context per test: no session, no saved mock data.
    context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    seen = watchApiResponses(page, mode.apiUrl(app));
    todo = new TodoPage(page);
    await page.goto(mode.url(app));
  });
  afterEach(async () => {
    const checked = await seen.settle();
    await context?.close();
    expect(seen.violations).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('adds 3 tasks, completes one, deletes one; after a reload it lists the 2 left with their states', async () => {
    await todo.signIn(nextUser());
    for (const title of ['Learn AWS Lambda', 'Write the handler', 'Deploy the stack']) await todo.add(title);
    await todo.markDone('Write the handler');
    await todo.remove('Deploy the stack');
    await todo.reload();
    expect(await todo.listed()).toEqual([
      { title: 'Learn AWS Lambda', status: 'pending' },
      { title: 'Write the handler', status: 'done' },
    ]);
    await todo.page.screenshot({ path: `${RESULTS}web-${mode.name}.png`, fullPage: true });
  });

  it('shows the problem+json field error of an empty title inline, and creates nothing', async () => {
    await todo.signIn(nextUser());
    await todo.add('', true);
    expect(await todo.page.textContent('#add-error')).toMatch(
      /^Your request is not valid\. \(400\) title: must NOT have fewer than 1 characters$/,
    );
    expect(await todo.listed()).toEqual([]);
  });

  it('resolves a 412 by reloading the task someone else changed', async () => {
    const userId = nextUser();
    await todo.signIn(userId);
    await todo.add('Original title');
    const taskId = (await todo.item('Original title').getAttribute('data-task-id')) ?? '';
    await mode.renameElsewhere(todo.page, app, userId, taskId, 'Renamed elsewhere');

    // The page still holds version 1: marking it done sends If-Match "1" and gets a 412.
    // click, not check(): the box ends unchecked, since the change was refused.
    await todo.item('Original title').locator('input[data-action="toggle"]').click();
    await todo.item('Renamed elsewhere').waitFor();
    expect(await todo.item('Renamed elsewhere').locator('p.info').textContent()).toContain('(412)');
    expect(await todo.listed()).toEqual([{ title: 'Renamed elsewhere', status: 'pending' }]);

    // With the reloaded ETag the same action now succeeds.
    await todo.markDone('Renamed elsewhere');
    expect(await todo.listed()).toEqual([{ title: 'Renamed elsewhere', status: 'done' }]);
  });

  it('edits a title, and pages with "Load more"', async () => {
    await todo.signIn(nextUser());
    const titles = Array.from({ length: 12 }, (_, i) => `Task ${String(i + 1).padStart(2, '0')}`);
    for (const title of titles) await todo.add(title);
    await todo.item('Task 01').locator('button[data-action="edit"]').click();
    await todo.page.fill('form.rename input[name="title"]', 'Task 01, renamed');
    await todo.page.click('form.rename button[type="submit"]');
    await todo.item('Task 01, renamed').waitFor();

    await todo.reload();
    expect(await todo.page.locator('#tasks li').count()).toBe(10);
    await todo.page.click('#load-more');
    await todo.page.waitForSelector('#load-more', { state: 'hidden' });
    expect((await todo.listed()).map((t) => t.title)).toEqual(['Task 01, renamed', ...titles.slice(1)]);
  });
});
