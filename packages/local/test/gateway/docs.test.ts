// /docs (Redoc from node_modules, no CDN), /openapi.yaml, and the dev token endpoint.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { asyncapiPath } from '@serverless-todo/contract/asyncapi';
import { openapiPath } from '@serverless-todo/contract/openapi';
import { launchChromium } from '@serverless-todo/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../src/index.ts';
import { startFixtureApi } from '../support/fixture-api.ts';
import { bearer, send } from '../support/http.ts';

let api: LocalApi & { lines: string[] };

beforeAll(async () => {
  api = await startFixtureApi();
});
afterAll(() => api.stop());

describe('docs', () => {
  it('serves the raw spec at /openapi.yaml', async () => {
    const res = await send(`${api.url}/openapi.yaml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/yaml/);
    expect(res.text).toBe(readFileSync(openapiPath, 'utf8'));
  });

  it('serves a page that loads Redoc from this server only', async () => {
    const res = await send(`${api.url}/docs`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<redoc spec-url="/openapi.yaml">');
    expect(res.text).not.toMatch(/(src|href)="https?:/);
    const script = await send(`${api.url}/docs/redoc.standalone.js`);
    expect([script.status, script.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
  });

  it('serves the realtime spec at /asyncapi.yaml and its page beside the REST docs', async () => {
    const spec = await send(`${api.url}/asyncapi.yaml`);
    expect([spec.status, spec.text]).toEqual([200, readFileSync(asyncapiPath, 'utf8')]);
    expect((await send(`${api.url}/docs`)).text).toContain('href="/docs/realtime"');
    const page = await send(`${api.url}/docs/realtime`);
    expect(page.status).toBe(200);
    expect(page.text).not.toMatch(/(src|href)="https?:/);
    for (const asset of ['/docs/asyncapi.standalone.js', '/docs/asyncapi.css', '/docs/realtime.js']) {
      expect((await send(`${api.url}${asset}`)).status, asset).toBe(200);
    }
  });

  it.each(['/docs/../package.json', '/docs/%2e%2e/package.json', '/docs/nope.js'])(
    'serves no file outside the bundle: %s',
    async (path) => {
      expect((await send(`${api.url}${path}`)).status).toBe(404);
    },
  );

  it('renders in headless Chromium, offline', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      // Anything not from this server is refused by the page's CSP before it leaves the browser.
      const foreign: string[] = [];
      page.on('response', (response) => {
        const url = response.url().replace(/^blob:/, '');
        if (!url.startsWith(api.url)) foreign.push(url);
      });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${api.url}/docs`);
      // Redoc renders the operations' summaries once it has fetched and parsed the spec.
      await page.getByRole('heading', { name: 'Create a task' }).waitFor({ timeout: 30_000 });
      expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toContain('Serverless Todo API');
      expect(await page.title()).toContain('Serverless Todo API');
      const dir = join(import.meta.dirname, '../../test-results');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, 'docs.png');
      await page.screenshot({ path: file, fullPage: false });
      expect(statSync(file).size).toBeGreaterThan(10_000);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('realtime docs', () => {
  it('render asyncapi.yaml in headless Chromium, offline, with the Task from openapi.yaml', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const foreign: string[] = [];
      page.on('response', (response) => {
        const url = response.url().replace(/^blob:/, '');
        if (!url.startsWith(api.url)) foreign.push(url);
      });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${api.url}/docs/realtime`);
      // The component renders once it has fetched and parsed the document.
      await page.getByText('Delivery guarantees').first().waitFor({ timeout: 30_000 });
      const text = (await page.locator('#asyncapi').textContent()) ?? '';
      expect(text).toContain('Serverless Todo realtime API');
      expect(text).not.toMatch(/errors in your Asyncapi document/i);
      // The messages are listed, with the Task schema that comes from openapi.yaml.
      expect(text).toContain('A task was created');
      expect(await page.content()).toContain('due_date');
      const dir = join(import.meta.dirname, '../../test-results');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, 'docs-realtime.png');
      await page.screenshot({ path: file, fullPage: false });
      expect(statSync(file).size).toBeGreaterThan(10_000);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('dev token endpoint', () => {
  it('issues a token that the authorizer accepts', async () => {
    const res = await send(`${api.url}/_local/token?sub=user123`);
    expect(res.status).toBe(200);
    const { token, sub } = res.body as { token: string; sub: string };
    expect(sub).toBe('user123');
    const echo = await send(`${api.url}/echo/x`, { method: 'POST', headers: bearer(token) });
    expect(echo.status).toBe(200);
  });

  it.each(['', 'sub=', 'sub=a%20b', `sub=${'x'.repeat(129)}`])('refuses a bad subject: "%s"', async (query) => {
    expect((await send(`${api.url}/_local/token?${query}`)).status).toBe(400);
  });
});
