// Live updates in the built app, in Debian's Chromium, in both modes: a change made on one page
// shows on another page of the same user without a reload (two tabs; on the local API also two
// browser contexts, as two devices), and never on another user's page. Every API response a
// page receives is checked against openapi.yaml, and every realtime message the browser sees
// against asyncapi.yaml (see support/page-conformance.ts).
import type { AttachmentCreated } from '@serverless-todo/client/attachments';
import { readServerMessage } from '@serverless-todo/contract/realtime';
import type { BrowserContext, WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AttachmentsPanel } from './support/attachments-panel.ts';
import { useModeRun, useSharedParts } from './support/e2e-harness.ts';
import { modes } from './support/modes.ts';
import type { TodoPage } from './support/todo-page.ts';

const shared = useSharedParts();

/** Counts the task-list requests `page` makes from now on. */
function countListRequests(page: TodoPage): () => number {
  let count = 0;
  page.page.on('request', (request) => {
    if (request.method() === 'GET' && new URL(request.url()).pathname.endsWith('/tasks')) count++;
  });
  return () => count;
}

/** Signs each page in as `userId` and waits until each one's live updates are connected. */
async function signInLive(userId: string, ...pages: TodoPage[]): Promise<void> {
  for (const page of pages) await page.signIn(userId);
  await Promise.all(pages.map((page) => page.live()));
  await Promise.all(pages.map((page) => page.mark()));
}

describe.each(modes(() => shared.api))('live updates in the React app, $name mode', (mode) => {
  const run = useModeRun(shared, mode, 'live');

  it('two tabs of one user: a create, an edit, a status change and a delete in one show in the other without a reload, and back', async () => {
    const userId = run.nextUser();
    const [a, b] = [run.todo, await run.openPage()];
    await signInLive(userId, a, b);

    const bLists = countListRequests(b);
    await a.add({ title: 'Made in tab A', description: 'first' });
    await b.item('Made in tab A').waitFor();
    await b.settled();
    // A new task's place among the pages is the server's to say: B refetched its list once.
    expect(bLists()).toBe(1);
    await a.edit('Made in tab A', { title: 'Renamed in tab A', description: 'second' });
    await b.item('Renamed in tab A').locator('.description', { hasText: 'second' }).waitFor();
    await a.setStatus('Renamed in tab A', 'done');
    await b.item('Renamed in tab A').and(b.page.locator('[data-status="done"]')).waitFor();
    await run.shot(b.page, 'tab-b');
    await a.remove('Renamed in tab A');
    await b.item('Renamed in tab A').waitFor({ state: 'detached' });
    await b.page.locator('#empty').waitFor();
    // The edit, the status change and the delete were patched in from the events alone.
    expect(bLists()).toBe(1);

    // The other way round.
    await b.add({ title: 'Made in tab B', status: 'in_progress' });
    await a.item('Made in tab B').and(a.page.locator('[data-status="in_progress"]')).waitFor();
    await b.settled();
    await a.settled();
    expect(await a.listed()).toEqual([{ title: 'Made in tab B', status: 'in_progress' }]);
    expect(await b.listed()).toEqual(await a.listed());
    expect([await a.reloaded(), await b.reloaded()]).toEqual([false, false]);
    // On the local API the browser sees the socket: each of A's four changes arrived as one event.
    if (mode.name === 'local') {
      const types = run.conformanceOf(b).messages.map((m) => m.type);
      expect(types.filter((t) => t.startsWith('task.'))).toEqual([
        'task.created',
        'task.updated',
        'task.updated',
        'task.deleted',
        'task.created',
      ]);
    }
  });

  it('an attachment added and deleted elsewhere shows in an open panel and leaves it, without a reload', async () => {
    const userId = run.nextUser();
    const b = run.todo;
    await signInLive(userId, b);
    await b.add({ title: 'With files' });
    const taskId = (await b.item('With files').getAttribute('data-task-id')) ?? '';
    const files = new AttachmentsPanel(b);
    await files.open('With files');
    await files.panel('With files').locator('.empty-attachments').waitFor();

    const base = `/users/${userId}/tasks/${taskId}/attachments`;
    const [created] = await mode.callElsewhere(b.page, run.app, userId, [
      { method: 'POST', path: base, body: { filename: 'notes.txt', content_type: 'text/plain', size: 5 } },
    ]);
    expect(created?.status).toBe(201);
    const { attachment_id } = (created?.body as AttachmentCreated | undefined)?.attachment ?? {};
    await files.row('With files', 'notes.txt').and(b.page.locator('[data-status="pending"]')).waitFor();

    const [deleted] = await mode.callElsewhere(b.page, run.app, userId, [
      { method: 'DELETE', path: `${base}/${attachment_id}` },
    ]);
    expect(deleted?.status).toBe(204);
    await files.row('With files', 'notes.txt').waitFor({ state: 'detached' });
    await files.settled('With files');
    expect(await files.listed('With files')).toEqual([]);
    expect(await b.reloaded()).toBe(false);
  });

  it.runIf(mode.name === 'local')(
    'two browser contexts of one user (two devices): changes in one show in the other without a reload (local API only, see the next test)',
    async () => {
      const userId = run.nextUser();
      const [a, b] = [run.todo, await run.openElsewhere()];
      await signInLive(userId, a, b);
      await a.add({ title: 'Made on device A' });
      await b.item('Made on device A').waitFor();
      await a.setStatus('Made on device A', 'done');
      await b.item('Made on device A').and(b.page.locator('[data-status="done"]')).waitFor();
      await b.remove('Made on device A');
      await a.item('Made on device A').waitFor({ state: 'detached' });
      await a.page.locator('#empty').waitFor();
      expect([await a.reloaded(), await b.reloaded()]).toEqual([false, false]);
    },
  );

  it.runIf(mode.name === 'local')(
    'a dropped connection shows as reconnecting, and after the reconnect the page refetches: a change whose event was lost shows once the connection is back (local API only: the mock’s sockets live inside the page, out of the browser’s network)',
    async () => {
      const userId = run.nextUser();
      // B's sockets go through the test, which passes each message on (checked against
      // asyncapi.yaml) or, during the gap, loses it, as a dropped connection does.
      let losing = false;
      let lost = 0;
      const passed: string[] = [];
      const routes: WebSocketRoute[] = [];
      // While held, a new socket stays connecting: the page's socket opens once the route
      // connects it to the server.
      let held = Promise.resolve();
      const route = (context: BrowserContext) =>
        context.routeWebSocket(/\/realtime\b/, async (socket) => {
          routes.push(socket);
          await held;
          const server = socket.connectToServer();
          server.onMessage((message) => {
            if (losing) return void lost++;
            const read = readServerMessage(JSON.parse(String(message)));
            passed.push(read.ok ? read.message.type : `departs from asyncapi.yaml: ${read.errors.join('; ')}`);
            socket.send(message);
          });
        });
      const [a, b] = [run.todo, await run.openElsewhere('', route)];
      await signInLive(userId, a, b);
      await a.add({ title: 'Seen live' });
      await b.item('Seen live').waitFor();

      losing = true;
      await a.add({ title: 'Made during the gap' });
      await expect.poll(() => lost, { timeout: 15_000 }).toBeGreaterThan(0);
      // Nothing told B: without the refetch after the reconnect it would never show the task.
      expect(await b.item('Made during the gap').count()).toBe(0);
      losing = false;
      let release = () => {};
      held = new Promise((resolve) => {
        release = resolve;
      });
      const dropped = routes.at(-1);
      await dropped?.close({ code: 1001, reason: 'going away' });
      // The drop shows at once, and lasts until the new connection opens.
      await b.page.locator('#live[data-live="reconnecting"]').waitFor();
      await expect.poll(() => routes.length, { timeout: 15_000 }).toBeGreaterThan(1);
      expect(await b.item('Made during the gap').count()).toBe(0);
      release();
      await b.item('Made during the gap').waitFor();
      await b.live();
      expect(passed.filter((type) => !type.startsWith('task.'))).toEqual([]);
      expect(await b.reloaded()).toBe(false);
    },
  );

  it.runIf(mode.name === 'mock')(
    'mock mode cannot share across browser contexts: each context (profile) has a store of its own, so another one sees neither the task nor its events',
    async () => {
      // A SharedWorker and a BroadcastChannel reach the tabs of one origin in one profile only;
      // the mock has no server that two profiles could share. The local API test above covers it.
      const userId = run.nextUser();
      const [a, b] = [run.todo, await run.openElsewhere()];
      await signInLive(userId, a, b);
      await a.add({ title: 'Only in context A' });
      await run.reload(b);
      await b.settled();
      await b.page.locator('#empty').waitFor();
      expect(await b.listed()).toEqual([]);
    },
  );

  it.runIf(mode.name === 'mock')(
    'a connection the mock ends at a short maximum duration shows Reconnecting…, then Live, and the board is refetched (mock only: ?mock-realtime-limits; the local API test above drops one in the network)',
    async () => {
      const userId = run.nextUser();
      const limits = encodeURIComponent(JSON.stringify({ maxConnectionMs: 2_000 }));
      const page = await run.openPage(`&mock-realtime-limits=${limits}`);
      await signInLive(userId, page);
      // Every state the status line takes from now on, as React commits it.
      await page.page.evaluate(() => {
        const status = document.querySelector('#live');
        const states: (string | null)[] = [];
        (window as unknown as { liveStates: typeof states }).liveStates = states;
        new MutationObserver(() => states.push(status?.getAttribute('data-live') ?? null)).observe(status as Node, {
          attributes: true,
          attributeFilter: ['data-live'],
        });
      });
      const lists = countListRequests(page);
      const states = () => page.page.evaluate(() => (window as unknown as { liveStates: string[] }).liveStates);
      await expect
        .poll(async () => (await states()).slice(0, 2), { timeout: 15_000 })
        .toEqual(['reconnecting', 'live']);
      // What happened while it was down is not replayed: the board asked for its list again.
      await expect.poll(lists, { timeout: 15_000 }).toBeGreaterThan(0);
      await page.settled();
      expect(await page.reloaded()).toBe(false);
    },
  );

  it('another user’s page never shows the change, and hears its own user’s changes', async () => {
    const [owner, stranger] = [run.nextUser(), run.nextUser()];
    const [a, b, c] = [run.todo, await run.openPage(), await run.openPage()];
    await signInLive(owner, a, b);
    await signInLive(stranger, c);

    await a.add({ title: 'Not for strangers' });
    await b.item('Not for strangers').waitFor();
    // Then a change of the stranger's own, made outside the app: once the stranger's page shows
    // it, the owner's change would have had every chance to arrive there too.
    const [answer] = await mode.callElsewhere(c.page, run.app, stranger, [
      { method: 'POST', path: `/users/${stranger}/tasks`, body: { title: 'The stranger’s own' } },
    ]);
    expect(answer?.status).toBe(201);
    await c.item('The stranger’s own').waitFor();
    await c.settled();
    expect(await c.listed()).toEqual([{ title: 'The stranger’s own', status: 'pending' }]);
    expect(await c.reloaded()).toBe(false);
    if (mode.name === 'local') {
      const heard = run.conformanceOf(c).messages.filter((m) => m.type.startsWith('task.'));
      expect(heard.map((m) => 'user_id' in m && m.user_id)).toEqual([stranger]);
    }
  });
});
