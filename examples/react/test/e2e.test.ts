// The built app in Debian's Chromium, in both modes: against a real local API (port 0, in
// memory; the page is told its URL with ?api=) and on the MSW mock (built with --mode mock,
// offline, its store shared by the tabs). Every API response a page receives is checked
// against openapi.yaml. Screenshots go to test-results/.
import type { TaskCreate } from '@serverless-todo/client';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BuiltApp } from './support/built-app.ts';
import { useModeRun, useSharedParts } from './support/e2e-harness.ts';
import { type Mode, modes } from './support/modes.ts';

const shared = useSharedParts();

/** Creates tasks as another client would (not through the app), for the signed-in user. */
async function createElsewhere(mode: Mode, page: Page, app: BuiltApp, userId: string, tasks: TaskCreate[]) {
  const calls = tasks.map((body) => ({ method: 'POST', path: `/users/${userId}/tasks`, body }));
  const answers = await mode.callElsewhere(page, app, userId, calls);
  expect(answers.map((a) => a.status)).toEqual(tasks.map(() => 201));
}

describe.each(modes(() => shared.api))('the React app, $name mode', (mode) => {
  const run = useModeRun(shared, mode);
  const { nextUser, shot, reload, openPage } = run;

  it('creates tasks with every field, newest first; a long unbroken title wraps; all of it survives a reload', async () => {
    await run.todo.signIn(nextUser());
    await run.todo.add({ title: 'Learn AWS Lambda' });
    // The longest title the contract allows (200), with no place to break it.
    const long = 'x'.repeat(200);
    await run.todo.add({ title: long, description: 'y'.repeat(2000) });
    await run.todo.add({
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
    expect(await run.todo.listed()).toEqual(expected);
    const ship = run.todo.item('Ship it');
    expect(await ship.locator('.description').textContent()).toBe('Deploy with sam deploy');
    expect(await ship.locator('time').getAttribute('datetime')).toBe(
      await run.todo.page.evaluate(() => new Date('2026-12-24T18:00').toISOString()),
    );
    // The unbroken title wraps inside the page instead of widening it.
    expect(await run.todo.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await reload(run.todo);
    expect(await run.todo.listed()).toEqual(expected);
    await shot(run.todo.page, 'created');
  });

  it('edits inline, switches the status through all three, and deletes only after confirming', async () => {
    await run.todo.signIn(nextUser());
    await run.todo.add({ title: 'Write the handler' });
    await run.todo.add({ title: 'Keep me' });
    await run.todo.edit('Write the handler', { title: 'Write the list handler', description: 'With cursors' });
    expect(await run.todo.item('Write the list handler').locator('.description').textContent()).toBe('With cursors');
    for (const status of ['in_progress', 'done', 'pending'] as const) {
      await run.todo.setStatus('Write the list handler', status);
      expect(await run.todo.item('Write the list handler').getAttribute('data-status')).toBe(status);
    }
    // Delete asks first; "Keep" keeps it.
    await run.todo.item('Keep me').locator('button[data-action="delete"]').click();
    await run.todo.item('Keep me').locator('button[data-action="cancel-delete"]').click();
    await run.todo.remove('Write the list handler');
    await reload(run.todo);
    expect(await run.todo.listed()).toEqual([{ title: 'Keep me', status: 'pending' }]);
    await shot(run.todo.page, 'edited');
  });

  it('filters by status, with an empty state', async () => {
    const userId = nextUser();
    await run.todo.signIn(userId);
    await createElsewhere(mode, run.todo.page, run.app, userId, [
      { title: 'a pending one' },
      { title: 'a started one', status: 'in_progress' },
      { title: 'a finished one', status: 'done' },
    ]);
    await reload(run.todo);
    await run.todo.filter('done');
    expect(await run.todo.listed()).toEqual([{ title: 'a finished one', status: 'done' }]);
    await run.todo.filter('in_progress');
    expect(await run.todo.listed()).toEqual([{ title: 'a started one', status: 'in_progress' }]);
    await run.todo.setStatus('a started one', 'done');
    await run.todo.page.locator('#empty').waitFor();
    expect(await run.todo.listed()).toEqual([]);
    await run.todo.filter('done');
    expect((await run.todo.listed()).map((t) => t.title).sort()).toEqual(['a finished one', 'a started one']);
    await run.todo.filter('all');
    expect(await run.todo.listed()).toHaveLength(3);
  });

  it('loads 25 tasks over 3 pages with "Load more", each exactly once', async () => {
    const userId = nextUser();
    await run.todo.signIn(userId);
    const titles = Array.from({ length: 25 }, (_, i) => `Task ${String(i + 1).padStart(2, '0')}`);
    await createElsewhere(
      mode,
      run.todo.page,
      run.app,
      userId,
      titles.map((title) => ({ title })),
    );
    await reload(run.todo);
    expect(await run.todo.listed()).toHaveLength(10);
    await run.todo.loadMore();
    expect(await run.todo.listed()).toHaveLength(20);
    await run.todo.loadMore();
    await run.todo.page.locator('#load-more').waitFor({ state: 'detached' });
    const shown = (await run.todo.listed()).map((t) => t.title);
    expect(shown.sort()).toEqual(titles);
    await shot(run.todo.page, 'load-more');
  });

  it('shows the API’s field error next to the title and creates nothing', async () => {
    await run.todo.signIn(nextUser());
    await run.todo.add({ title: '' }, true);
    expect(await run.todo.page.textContent('#new-title-error')).toBe('must be at least 1 character');
    expect(await run.todo.page.getAttribute('#add-form input[name="title"]', 'aria-invalid')).toBe('true');
    expect(await run.todo.listed()).toEqual([]);
    await run.todo.page.locator('#empty').waitFor();
    await shot(run.todo.page, 'field-error');
  });

  it('two tabs: a stale write meets the 412, and the dialog shows theirs vs yours', async () => {
    const userId = nextUser();
    await run.todo.signIn(userId);
    await run.todo.add({ title: 'Shared task' });
    // Live updates would bring tab 1's rename to tab 2 before its click: with them off, tab 2
    // holds a stale copy, as a device does whose connection is down (test/realtime.e2e.test.ts
    // has the live case).
    const other = await openPage('&realtime=off');
    await other.signIn(userId);
    expect(await other.page.getAttribute('#live', 'data-live')).toBe('off');
    expect(await other.listed()).toEqual([{ title: 'Shared task', status: 'pending' }]);

    // Tab 1 renames it; tab 2 still shows version 1 and marks it done.
    await run.todo.edit('Shared task', { title: 'Renamed in tab 1' });
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
    await reload(run.todo);
    expect(await run.todo.listed()).toEqual([{ title: 'Renamed in tab 1', status: 'done' }]);
  });

  it('a refused token (401) signs out and says why', async () => {
    await run.todo.signIn(nextUser());
    await run.todo.page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('todo-example-session') ?? '{}');
      sessionStorage.setItem('todo-example-session', JSON.stringify({ ...session, token: 'e30.e30.forged' }));
    });
    await run.settleChecks();
    await run.todo.page.reload();
    await run.todo.page.locator('#sign-in-notice').waitFor();
    expect(await run.todo.page.textContent('#sign-in-notice')).toMatch(/\(401\).*Sign in again/);
    expect(await run.todo.page.evaluate(() => sessionStorage.getItem('todo-example-session'))).toBeNull();
    await shot(run.todo.page, 'unauthorized');
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
