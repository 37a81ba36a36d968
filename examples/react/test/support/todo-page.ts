// Drives the app the way a person does: forms, buttons, the conflict dialog. Each action waits
// for the page to show its outcome (the write answered, the list settled), never a fixed time.
import type { Locator, Page } from 'playwright-core';

/** A task as the list shows it. */
export interface Listed {
  readonly title: string;
  readonly status: string;
}

/** What the create form takes. */
export interface NewTask {
  readonly title: string;
  readonly description?: string;
  /** A datetime-local value, e.g. '2026-12-24T18:00'. */
  readonly due?: string;
  readonly status?: 'pending' | 'in_progress' | 'done';
}

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** The app on one page. */
export class TodoPage {
  constructor(readonly page: Page) {}

  /** The list item of the task titled `title`. */
  item(title: string): Locator {
    return this.page.locator('li.task', { has: this.page.locator('.title', { hasText: exactly(title) }) });
  }

  // A person acts in the tab in front. A tab behind gets no animation frames, and each click
  // waits for two of them (Playwright's "stable" check): about 2 s per click there.
  private async front(): Promise<void> {
    await this.page.bringToFront();
  }

  /** Waits until no write is in flight and the list is neither loading nor refetching. */
  async settled(): Promise<void> {
    await this.page.waitForSelector('.board[data-writing="false"] #tasks[aria-busy="false"]', { state: 'attached' });
  }

  /** Waits until the live updates' connection is open: changes made elsewhere from then on show here. */
  async live(): Promise<void> {
    await this.page.locator('#live[data-live="live"]').waitFor();
  }

  /** Marks this document, so that {@link reloaded} can tell whether the page was loaded again since. */
  async mark(): Promise<void> {
    await this.page.evaluate(() => {
      (window as { todoTestMark?: boolean }).todoTestMark = true;
    });
  }

  /** Whether the page was (re)loaded since {@link mark}: a new document has no mark. */
  async reloaded(): Promise<boolean> {
    return this.page.evaluate(() => !(window as { todoTestMark?: boolean }).todoTestMark);
  }

  async signIn(userId: string): Promise<void> {
    await this.front();
    await this.page.fill('#dev-user-form input[name="userId"]', userId);
    await this.page.click('#dev-user-form button[type="submit"]');
    await this.settled();
  }

  /** Fills the create form and submits it; waits for the task unless `expectError`. */
  async add(task: NewTask, expectError = false): Promise<void> {
    await this.front();
    const form = this.page.locator('#add-form');
    await form.locator('input[name="title"]').fill(task.title);
    await form.locator('textarea[name="description"]').fill(task.description ?? '');
    await form.locator('input[name="due_date"]').fill(task.due ?? '');
    await form.locator('select[name="status"]').selectOption(task.status ?? 'pending');
    await form.locator('button[type="submit"]').click();
    if (expectError) await this.page.waitForSelector('#add-form [role="alert"]:not(:empty)');
    else await this.item(task.title).and(this.page.locator('[aria-busy="false"]')).waitFor();
    await this.settled();
  }

  async setStatus(title: string, status: 'pending' | 'in_progress' | 'done'): Promise<void> {
    await this.front();
    await this.item(title).locator(`button[data-set-status="${status}"]`).click();
    // First the optimistic change (the write has started), then the server's answer. In a
    // filtered list the task may leave instead: no item with that title left in another status.
    await this.page.waitForFunction(
      ({ title, status }) =>
        [...document.querySelectorAll<HTMLElement>('li.task')]
          .filter((li) => li.querySelector('.title')?.textContent === title)
          .every((li) => li.dataset.status === status),
      { title, status },
    );
    await this.settled();
  }

  /** Opens the inline editor, changes the given fields, saves. */
  async edit(title: string, changes: { title?: string; description?: string }): Promise<void> {
    await this.front();
    const item = this.item(title);
    await item.locator('button[data-action="edit"]').click();
    const form = this.page.locator('li.task form.edit-form');
    if (changes.title !== undefined) await form.locator('input[name="title"]').fill(changes.title);
    if (changes.description !== undefined) await form.locator('textarea[name="description"]').fill(changes.description);
    await form.locator('button[type="submit"]').click();
    await this.page.locator('li.task form.edit-form').waitFor({ state: 'detached' });
    await this.settled();
  }

  async remove(title: string): Promise<void> {
    await this.front();
    await this.item(title).locator('button[data-action="delete"]').click();
    await this.item(title).locator('button[data-action="confirm-delete"]').click();
    await this.item(title).waitFor({ state: 'detached' });
    await this.settled();
  }

  async filter(value: 'all' | 'pending' | 'in_progress' | 'done'): Promise<void> {
    await this.front();
    await this.page.click(`button[data-filter="${value}"]`);
    await this.page.waitForSelector(`button[data-filter="${value}"][aria-pressed="true"]`);
    await this.settled();
  }

  async loadMore(): Promise<void> {
    await this.front();
    const before = await this.page.locator('li.task').count();
    await this.page.click('#load-more:not([disabled])');
    await this.page.waitForFunction((n) => document.querySelectorAll('li.task').length > n, before);
    await this.settled();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.settled();
  }

  /** Every task shown, in the order shown. */
  async listed(): Promise<Listed[]> {
    return this.page.$$eval('li.task', (items) =>
      items.map((li) => ({
        title: li.querySelector('.title')?.textContent ?? '',
        status: (li as HTMLElement).dataset.status ?? '',
      })),
    );
  }
}
