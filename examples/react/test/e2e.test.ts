// The built app in Debian's Chromium, in both modes: against a real local API (port 0, in
// memory; the page is told its URL with ?api=) and on the MSW mock (built with --mode mock,
// offline, its store shared by the tabs). Every API response a page receives is checked
// against openapi.yaml. Screenshots go to test-results/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TaskCreate } from '@serverless-todo/client';
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

/** How a mode is built, opened, and given data behind the app's back. */
interface Mode {
  readonly name: 'local' | 'mock';
  readonly build: 'production' | 'mock';
  url(app: BuiltApp, query?: string): string;
  apiUrl(app: BuiltApp): string;
  /** Creates tasks as another client would (not through the app), for the signed-in user. */
  createElsewhere(page: Page, app: BuiltApp, userId: string, tasks: TaskCreate[]): Promise<void>;
}

const MODES: Mode[] = [
  {
    name: 'local',
    build: 'production',
    url: (app, query = '') => `${app.origin}/?api=${encodeURIComponent(api.url)}${query}`,
    apiUrl: () => api.url,
    async createElsewhere(_page, _app, userId, tasks) {
      const token = await api.token(userId);
      for (const task of tasks) {
        const res = await fetch(`${api.url}/users/${userId}/tasks`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(task),
        });
        assertConforms('createTask', { status: res.status, headers: res.headers, body: await res.json() });
        expect(res.status).toBe(201);
      }
    },
  },
  {
    name: 'mock',
    build: 'mock',
    url: (app, query = '') => `${app.origin}/${query.replace(/^&/, '?')}`,
    apiUrl: (app) => `${app.origin}/api`,
    async createElsewhere(page, app, userId, tasks) {
      // The mock lives in the browser: another client is a fetch from the page that bypasses
      // the app (the page's response listener checks each answer).
      const statuses = await page.evaluate(
        async ({ url, tasks }) => {
          const { token } = JSON.parse(sessionStorage.getItem('todo-example-session') ?? '{}');
          const out: number[] = [];
          for (const task of tasks) {
            const res = await fetch(url, {
              method: 'POST',
              headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
              body: JSON.stringify(task),
            });
            // Chromium hands a Service Worker's body to the test only once the page read it.
            await res.text();
            out.push(res.status);
          }
          return out;
        },
        { url: `${app.origin}/api/users/${userId}/tasks`, tasks },
      );
      expect(statuses.every((s) => s === 201)).toBe(true);
    },
  },
];

describe.each(MODES)('the React app, $name mode', (mode) => {
  let app: BuiltApp;
  let context: BrowserContext;
  let todo: TodoPage;
  let watched: PageConformance[];
  let user = 0;
  const nextUser = () => `react-${mode.name}-${++user}`;
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: `${RESULTS}react-${mode.name}-${name}.png`, fullPage: true });

  // A reload drops the bodies of the responses before it: let the checks read them first.
  const reload = async (page: TodoPage) => {
    await Promise.all(watched.map((w) => w.settle()));
    await page.reload();
  };

  const openPage = async (query = '') => {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    watched.push(watchApiResponses(page, mode.apiUrl(app)));
    await page.goto(mode.url(app, query));
    return new TodoPage(page);
  };

  beforeAll(async () => {
    app = await buildAndServe(mode.build);
  });
  afterAll(() => app?.close());
  beforeEach(async () => {
    // A fresh context per test: no session, no saved mock data, a fresh shared mock store.
    context = await browser.newContext();
    watched = [];
    todo = await openPage();
  });
  afterEach(async () => {
    const checked = await Promise.all(watched.map((w) => w.settle()));
    await context?.close();
    expect(watched.flatMap((w) => w.violations)).toEqual([]);
    expect(checked.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it('creates tasks with every field, newest first; a long unbroken title wraps; all of it survives a reload', async () => {
    await todo.signIn(nextUser());
    await todo.add({ title: 'Learn AWS Lambda' });
    // The longest title the contract allows (200), with no place to break it.
    const long = 'x'.repeat(200);
    await todo.add({ title: long, description: 'y'.repeat(2000) });
    await todo.add({
      title: 'Ship it',
      description: 'Deploy with sam deploy',
      due: '2026-12-24T18:00',
      status: 'in_progress',
    });
    const expected = [
      { title: 'Ship it', status: 'in_progress' },
      { title: long, status: 'pending' },
      { title: 'Learn AWS Lambda', status: 'pending' },
    ];
    expect(await todo.listed()).toEqual(expected);
    const ship = todo.item('Ship it');
    expect(await ship.locator('.description').textContent()).toBe('Deploy with sam deploy');
    expect(await ship.locator('time').getAttribute('datetime')).toBe(
      await todo.page.evaluate(() => new Date('2026-12-24T18:00').toISOString()),
    );
    // The unbroken title wraps inside the page instead of widening it.
    expect(await todo.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await reload(todo);
    expect(await todo.listed()).toEqual(expected);
    await shot(todo.page, 'created');
  });

  it('edits inline, switches the status through all three, and deletes only after confirming', async () => {
    await todo.signIn(nextUser());
    await todo.add({ title: 'Write the handler' });
    await todo.add({ title: 'Keep me' });
    await todo.edit('Write the handler', { title: 'Write the list handler', description: 'With cursors' });
    expect(await todo.item('Write the list handler').locator('.description').textContent()).toBe('With cursors');
    for (const status of ['in_progress', 'done', 'pending'] as const) {
      await todo.setStatus('Write the list handler', status);
      expect(await todo.item('Write the list handler').getAttribute('data-status')).toBe(status);
    }
    // Delete asks first; "Keep" keeps it.
    await todo.item('Keep me').locator('button[data-action="delete"]').click();
    await todo.item('Keep me').locator('button[data-action="cancel-delete"]').click();
    await todo.remove('Write the list handler');
    await reload(todo);
    expect(await todo.listed()).toEqual([{ title: 'Keep me', status: 'pending' }]);
    await shot(todo.page, 'edited');
  });

  it('filters by status, with an empty state', async () => {
    const userId = nextUser();
    await todo.signIn(userId);
    await mode.createElsewhere(todo.page, app, userId, [
      { title: 'a pending one' },
      { title: 'a started one', status: 'in_progress' },
      { title: 'a finished one', status: 'done' },
    ]);
    await reload(todo);
    await todo.filter('done');
    expect(await todo.listed()).toEqual([{ title: 'a finished one', status: 'done' }]);
    await todo.filter('in_progress');
    expect(await todo.listed()).toEqual([{ title: 'a started one', status: 'in_progress' }]);
    await todo.setStatus('a started one', 'done');
    await todo.page.locator('#empty').waitFor();
    expect(await todo.listed()).toEqual([]);
    await todo.filter('done');
    expect((await todo.listed()).map((t) => t.title).sort()).toEqual(['a finished one', 'a started one']);
    await todo.filter('all');
    expect(await todo.listed()).toHaveLength(3);
  });

  it('loads 25 tasks over 3 pages with "Load more", each exactly once', async () => {
    const userId = nextUser();
    await todo.signIn(userId);
    const titles = Array.from({ length: 25 }, (_, i) => `Task ${String(i + 1).padStart(2, '0')}`);
    await mode.createElsewhere(
      todo.page,
      app,
      userId,
      titles.map((title) => ({ title })),
    );
    await reload(todo);
    expect(await todo.listed()).toHaveLength(10);
    await todo.loadMore();
    expect(await todo.listed()).toHaveLength(20);
    await todo.loadMore();
    await todo.page.locator('#load-more').waitFor({ state: 'detached' });
    const shown = (await todo.listed()).map((t) => t.title);
    expect(shown.sort()).toEqual(titles);
    await shot(todo.page, 'load-more');
  });

  it('shows the API’s field error next to the title and creates nothing', async () => {
    await todo.signIn(nextUser());
    await todo.add({ title: '' }, true);
    expect(await todo.page.textContent('#new-title-error')).toBe('must be at least 1 character');
    expect(await todo.page.getAttribute('#add-form input[name="title"]', 'aria-invalid')).toBe('true');
    expect(await todo.listed()).toEqual([]);
    await todo.page.locator('#empty').waitFor();
    await shot(todo.page, 'field-error');
  });

  it('two tabs: a stale write meets the 412, and the dialog shows theirs vs yours', async () => {
    const userId = nextUser();
    await todo.signIn(userId);
    await todo.add({ title: 'Shared task' });
    const other = await openPage();
    await other.signIn(userId);
    expect(await other.listed()).toEqual([{ title: 'Shared task', status: 'pending' }]);

    // Tab 1 renames it; tab 2 still shows version 1 and marks it done.
    await todo.edit('Shared task', { title: 'Renamed in tab 1' });
    await other.item('Shared task').locator('button[data-set-status="done"]').click();
    const dialog = other.page.locator('dialog.conflict');
    await dialog.waitFor();
    expect(await dialog.locator('tr[data-field="title"] td.theirs').textContent()).toBe('Renamed in tab 1');
    expect(await dialog.locator('tr[data-field="status"] td.theirs').textContent()).toBe('Pending');
    expect(await dialog.locator('tr[data-field="status"] td.yours').textContent()).toBe('Done');
    // Behind the dialog the list already shows what the server holds.
    await other.settled();
    expect(await other.listed()).toEqual([{ title: 'Renamed in tab 1', status: 'pending' }]);
    await shot(other.page, 'conflict');

    await dialog.locator('button[data-action="apply-mine"]').click();
    await dialog.waitFor({ state: 'detached' });
    await other.settled();
    expect(await other.listed()).toEqual([{ title: 'Renamed in tab 1', status: 'done' }]);
    await reload(todo);
    expect(await todo.listed()).toEqual([{ title: 'Renamed in tab 1', status: 'done' }]);
  });

  it('a refused token (401) signs out and says why', async () => {
    await todo.signIn(nextUser());
    await todo.page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('todo-example-session') ?? '{}');
      sessionStorage.setItem('todo-example-session', JSON.stringify({ ...session, token: 'e30.e30.forged' }));
    });
    await Promise.all(watched.map((w) => w.settle()));
    await todo.page.reload();
    await todo.page.locator('#sign-in-notice').waitFor();
    expect(await todo.page.textContent('#sign-in-notice')).toMatch(/\(401\).*Sign in again/);
    expect(await todo.page.evaluate(() => sessionStorage.getItem('todo-example-session'))).toBeNull();
    await shot(todo.page, 'unauthorized');
  });

  it.runIf(mode.name === 'mock')(
    'a 503 with Retry-After from the mock’s faults shows an error state; Try again loads (mock only: the local API injects no faults)',
    async () => {
      // The SDK tries 4 times, honouring Retry-After: 5 failures outlast it, and the one left
      // (if the first load did not use it) is retried away by the SDK after "Try again".
      const faults = [{ operationId: 'listTasks', status: 503, times: 5, retryAfter: 1 }];
      const faulty = await openPage(`&mock-faults=${encodeURIComponent(JSON.stringify(faults))}`);
      await faulty.page.fill('#dev-user-form input[name="userId"]', nextUser());
      await faulty.page.click('#dev-user-form button[type="submit"]');
      const error = faulty.page.locator('#list-error');
      await error.waitFor();
      expect(await error.locator('p').textContent()).toMatch(/\(503\).*retry in 1 s/);
      await shot(faulty.page, 'unavailable');
      await error.locator('#retry').click();
      await faulty.settled();
      await faulty.page.locator('#empty').waitFor();
      expect(await error.count()).toBe(0);
    },
  );
});
