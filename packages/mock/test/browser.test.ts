// The browser entry in a real browser: Debian's Chromium (driven by playwright-core) loads a
// page that imports the built `@serverless-todo/mock/browser`, registers MSW's
// mockServiceWorker.js from its own origin, and talks to the mock with plain fetch. Every
// response is sent back to Node and checked against openapi.yaml.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { OperationId, Task, TaskList } from '@serverless-todo/contract';
import { assertServerMessage, type ChangeEvent } from '@serverless-todo/contract/realtime';
import { assertConforms } from '@serverless-todo/contract/responses';
import { CHROMIUM_PATH, launchChromium } from '@serverless-todo/testkit';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFiles } from './support/static-server.ts';

const built = existsSync(new URL('../dist/browser.js', import.meta.url));
const ready = existsSync(CHROMIUM_PATH) && built;
if (!ready) console.warn(`browser test skipped: needs ${CHROMIUM_PATH} (apt-get install chromium) and a built dist/`);

interface Seen {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

describe.runIf(ready)('in Chromium, with mockServiceWorker.js', () => {
  let browser: Browser;
  let page: Page;
  let site: Awaited<ReturnType<typeof serveFiles>>;

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [new URL('browser/page.js', import.meta.url).pathname],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'error',
    });
    const worker = readFileSync(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'), 'utf8');
    site = await serveFiles({
      '/index.html': '<!doctype html><title>mock</title><script type="module" src="/page.js"></script>',
      '/page.js': bundle.outputFiles[0]?.text ?? '',
      '/mockServiceWorker.js': worker,
    });
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(`${site.origin}/`);
    await page.waitForFunction(() => 'todoMock' in window);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Starts a worker with `baseUrl` in the page (once per base), then runs one fetch there. */
  async function browserFetch(operationId: OperationId, baseUrl: string, path: string, init: RequestInit = {}) {
    const seen: Seen = await page.evaluate(
      async ({ baseUrl, path, init }) => {
        // biome-ignore lint/suspicious/noExplicitAny: the page global set by page.js
        const w = window as any;
        w.started ??= {};
        if (!w.started[baseUrl]) {
          w.started[baseUrl] = true;
          const worker = w.todoMock.setupTodoWorker({ baseUrl, seed: { u1: [{ title: 'seeded' }] } });
          await worker.start({ quiet: true, onUnhandledRequest: 'error' });
        }
        const headers = new Headers(init.headers);
        headers.set('authorization', `Bearer ${w.todoMock.devToken('u1')}`);
        const res = await fetch(baseUrl + path, { ...init, headers });
        const text = await res.text();
        return {
          status: res.status,
          headers: Object.fromEntries(res.headers.entries()),
          body: text === '' ? undefined : JSON.parse(text),
        };
      },
      { baseUrl, path, init: { method: init.method ?? 'GET', body: init.body ?? null, headers: init.headers ?? {} } },
    );
    assertConforms(operationId, seen, `${init.method ?? 'GET'} ${baseUrl}${path} (Chromium)`);
    return seen;
  }

  it.each([
    ['a cross-origin API', 'https://api.example.test/prod'],
    ['a path on the page’s own origin', '/api'],
  ])('serves %s: seed, create, read, list, delete', async (_name, baseUrl) => {
    const listed = await browserFetch('listTasks', baseUrl, '/users/u1/tasks');
    expect((listed.body as TaskList).tasks.map((t) => t.title)).toEqual(['seeded']);

    const created = await browserFetch('createTask', baseUrl, '/users/u1/tasks', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'from the browser' }),
    });
    expect(created.status).toBe(201);
    const task = created.body as Task;
    expect(created.headers.etag).toBe('"1"');

    const got = await browserFetch('getTask', baseUrl, `/users/u1/tasks/${task.task_id}`);
    expect(got.body).toEqual(task);
    const invalid = await browserFetch('listTasks', baseUrl, '/users/u1/tasks?limit=0');
    expect(invalid.status).toBe(400);
    const deleted = await browserFetch('deleteTask', baseUrl, `/users/u1/tasks/${task.task_id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
  });

  it('sends a change made in one tab to the owner’s socket in another tab, and to nobody else', async () => {
    const context = await browser.newContext();
    const [listener, writer] = [await context.newPage(), await context.newPage()];
    const realtime = { url: `${site.origin.replace(/^http/, 'ws')}/realtime`, channel: 'todo-mock-tabs' };
    const start = (tab: Page) =>
      tab.evaluate(async (realtime) => {
        // biome-ignore lint/suspicious/noExplicitAny: the page global set by page.js
        const w = window as any;
        const worker = w.todoMock.setupTodoWorker({ baseUrl: '/tabs-api', realtime });
        await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
      }, realtime);
    try {
      for (const tab of [listener, writer]) {
        await tab.goto(`${site.origin}/`);
        await tab.waitForFunction(() => 'todoMock' in window);
        await start(tab);
      }
      // The listening tab opens one socket for u1 and one for u2, and records what they hear.
      await listener.evaluate(async (url) => {
        // biome-ignore lint/suspicious/noExplicitAny: the page global set by page.js
        const w = window as any;
        w.heard = { u1: [], u2: [] };
        await Promise.all(
          ['u1', 'u2'].map(
            (user) =>
              new Promise((resolve, reject) => {
                const socket = new WebSocket(`${url}?token=${w.todoMock.devToken(user)}`);
                socket.onmessage = (event) => w.heard[user].push(JSON.parse(event.data));
                socket.onopen = resolve;
                socket.onerror = reject;
              }),
          ),
        );
      }, realtime.url);
      const create = (user: string, title: string) =>
        writer.evaluate(
          async ({ user, title }) => {
            // biome-ignore lint/suspicious/noExplicitAny: the page global set by page.js
            const w = window as any;
            const res = await fetch(`/tabs-api/users/${user}/tasks`, {
              method: 'POST',
              headers: { authorization: `Bearer ${w.todoMock.devToken(user)}`, 'content-type': 'application/json' },
              body: JSON.stringify({ title }),
            });
            return { status: res.status, headers: Object.fromEntries(res.headers.entries()), body: await res.json() };
          },
          { user, title },
        );
      const created = await create('u1', 'from the other tab');
      assertConforms('createTask', created, 'POST (Chromium, writer tab)');
      // u2's own change marks the end: u2's socket heard everything it will hear of u1's.
      const marker = await create('u2', 'marker');
      await listener.waitForFunction(
        () => {
          // biome-ignore lint/suspicious/noExplicitAny: the page global
          const heard = (window as any).heard;
          return heard.u1.length >= 1 && heard.u2.length >= 1;
        },
        undefined,
        { timeout: 10_000 },
      );
      const heard: Record<'u1' | 'u2', unknown[]> = await listener.evaluate(
        () => (window as never as { heard: never }).heard,
      );
      for (const message of [...heard.u1, ...heard.u2]) assertServerMessage(message);
      const [u1Event] = heard.u1 as ChangeEvent<'task.created'>[];
      expect(heard.u1).toHaveLength(1);
      expect(u1Event).toMatchObject({ type: 'task.created', user_id: 'u1', version: 1, task: created.body });
      expect((heard.u2 as ChangeEvent[]).map((event) => event.task_id)).toEqual([(marker.body as Task).task_id]);
    } finally {
      await context.close();
    }
  });
});
