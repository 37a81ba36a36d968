// Drives a task's attachments the way a person does: open the panel, choose files or drop
// them, watch their status, download, delete. Each action waits for what the page shows.
import type { Locator, Page } from 'playwright-core';
import type { TodoPage } from './todo-page.ts';

/** A file as the tests hand it to the page. */
export interface TestFile {
  readonly name: string;
  /** The type the browser reports for it (what the app declares). */
  readonly type: string;
  readonly bytes: Buffer;
}

/** A file made inside the page: `size` zero bytes (too big to be worth sending over). */
export interface PageMadeFile {
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

/** The attachments of the tasks on one page. */
export class AttachmentsPanel {
  readonly page: Page;
  constructor(readonly todo: TodoPage) {
    this.page = todo.page;
  }

  /** The panel of the task titled `title`. */
  panel(title: string): Locator {
    return this.todo.item(title).locator('section.attachments');
  }

  /** The row of an attachment, by file name. */
  row(title: string, filename: string): Locator {
    return this.panel(title).locator(`li.attachment[data-filename="${filename}"]`);
  }

  /** Every attachment row's name and status, in the order shown. */
  async listed(title: string): Promise<{ filename: string; status: string }[]> {
    return this.panel(title)
      .locator('li.attachment')
      .evaluateAll((items) =>
        items.map((li) => ({
          filename: (li as HTMLElement).dataset.filename ?? '',
          status: (li as HTMLElement).dataset.status ?? '',
        })),
      );
  }

  /** Opens the task's attachments and waits for the list to load. */
  async open(title: string): Promise<void> {
    await this.todo.item(title).locator('button[data-action="attachments"]').click();
    await this.settled(title);
  }

  /** Waits until the panel neither loads nor uploads. */
  async settled(title: string): Promise<void> {
    await this.panel(title).and(this.page.locator('[aria-busy="false"]')).waitFor();
  }

  /** Chooses files with the file picker. */
  async choose(title: string, files: readonly TestFile[]): Promise<void> {
    await this.panel(title)
      .locator('input[type="file"]')
      .setInputFiles(files.map(({ name, type, bytes }) => ({ name, mimeType: type, buffer: bytes })));
  }

  /** Drops files on the panel's drop zone, as a drag from the desktop does. */
  async drop(title: string, files: readonly (TestFile | PageMadeFile)[]): Promise<void> {
    const specs = files.map((file) => ({
      name: file.name,
      type: file.type,
      ...('bytes' in file ? { base64: file.bytes.toString('base64'), size: 0 } : { base64: null, size: file.size }),
    }));
    const dataTransfer = await this.page.evaluateHandle((specs) => {
      const transfer = new DataTransfer();
      for (const spec of specs) {
        const bytes =
          spec.base64 === null ? new Uint8Array(spec.size) : Uint8Array.from(atob(spec.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], spec.name, { type: spec.type }));
      }
      return transfer;
    }, specs);
    const zone = this.panel(title).locator('.drop-zone');
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
  }

  /** Waits for an attachment to reach `status`. */
  async waitForStatus(title: string, filename: string, status: 'pending' | 'ready' | 'rejected'): Promise<void> {
    await this.row(title, filename)
      .and(this.page.locator(`[data-status="${status}"]`))
      .waitFor();
  }

  /** Clicks Download and resolves with the bytes the browser saved, and the name it chose. */
  async download(title: string, filename: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.row(title, filename).locator('button[data-action="download"]').click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }

  /** Deletes an attachment, confirming, and waits for its row to go. */
  async remove(title: string, filename: string): Promise<void> {
    const row = this.row(title, filename);
    await row.locator('button[data-action="delete"]').click();
    await row.locator('button[data-action="confirm-delete"]').click();
    await row.waitFor({ state: 'detached' });
    await this.settled(title);
  }

  /** The messages of the uploads that failed, in the order shown. */
  async uploadErrors(title: string): Promise<string[]> {
    const errors = this.panel(title).locator('.upload-error');
    return (await errors.allTextContents()).map((text) => text.replace(/\s*OK$/, ''));
  }
}
