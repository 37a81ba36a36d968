// Drives the example app the way a person does: forms, buttons, checkboxes. Each action
// waits for the page to show its outcome, never for a fixed time.
import type { Locator, Page } from 'playwright-core';

/** A task as the list shows it. */
export interface Listed {
  readonly title: string;
  readonly status: string;
}

/** The app on one page. */
export class TodoPage {
  constructor(readonly page: Page) {}

  /** The list item of the task titled `title`. */
  item(title: string, selector = '#tasks li'): Locator {
    const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.page.locator(selector, { has: this.page.locator('.title', { hasText: exact }) });
  }

  /** Waits until the board shows and its list has loaded. */
  async loaded(): Promise<void> {
    // 'attached': an empty list has no size, and Playwright counts that as not visible.
    await this.page.waitForSelector('#board:not([hidden]) #tasks[aria-busy="false"]', { state: 'attached' });
  }

  async signIn(userId: string): Promise<void> {
    await this.page.fill('#dev-user-form input[name="userId"]', userId);
    await this.page.click('#dev-user-form button[type="submit"]');
    await this.loaded();
  }

  /** Submits the add form; waits for the task, or for the error when `expectError`. */
  async add(title: string, expectError = false): Promise<void> {
    await this.page.fill('#add-form input[name="title"]', title);
    await this.page.click('#add-form button[type="submit"]');
    if (expectError) await this.page.waitForSelector('#add-error:not(:empty)');
    else await this.item(title).waitFor();
  }

  async markDone(title: string): Promise<void> {
    await this.item(title).locator('input[data-action="toggle"]').check();
    await this.item(title, '#tasks li[data-status="done"]').locator('input:not([disabled])').waitFor();
  }

  async remove(title: string): Promise<void> {
    await this.item(title).locator('button[data-action="delete"]').click();
    await this.item(title).waitFor({ state: 'detached' });
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.loaded();
  }

  /** Every task shown, sorted by title. */
  async listed(): Promise<Listed[]> {
    const items = await this.page.$$eval('#tasks li', (lis) =>
      lis.map((li) => ({
        title: li.querySelector('.title')?.textContent ?? '',
        status: (li as HTMLElement).dataset.status ?? '',
      })),
    );
    return items.sort((a, b) => a.title.localeCompare(b.title));
  }
}
