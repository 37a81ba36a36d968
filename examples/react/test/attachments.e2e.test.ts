// Attachments in the built app, in Debian's Chromium, in both modes (the local API with its
// embedded S3 and S3-triggered check, and the mock with its fake bucket): attach with the picker
// and by drag-and-drop with progress, see the check's verdict, download the same bytes, delete,
// and the API's problems for bad files. Every API response the page sees is checked against
// openapi.yaml.
import type { Attachment, AttachmentCreated } from '@serverless-todo/client/attachments';
import { describe, expect, it } from 'vitest';
import { AttachmentsPanel } from './support/attachments-panel.ts';
import { useModeRun, useSharedParts } from './support/e2e-harness.ts';
import { modes } from './support/modes.ts';
import { noisePng } from './support/png.ts';

const shared = useSharedParts();
const MiB = 1024 * 1024;
// What an exception or a stack trace would look like on the page.
const NO_EXCEPTION = /Error\b|\bat \S+:\d+|undefined|\[object /;

describe.each(modes(() => shared.api))('attachments in the React app, $name mode', (mode) => {
  const run = useModeRun(shared, mode, 'attachments');

  /** Slows uploads from the current page to `bytesPerSecond` (-1: no limit), as DevTools does. */
  const throttleUploads = async (bytesPerSecond: number) => {
    const cdp = await run.context.newCDPSession(run.todo.page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: bytesPerSecond,
    });
  };

  /** Signs a new user in and adds one task; resolves with the user id and the task's id. */
  const withTask = async (title: string) => {
    const userId = run.nextUser();
    await run.todo.signIn(userId);
    await run.todo.add({ title });
    const taskId = await run.todo.item(title).getAttribute('data-task-id');
    return { userId, taskId: taskId ?? '', files: new AttachmentsPanel(run.todo) };
  };

  it('attaches a PNG with the picker, with progress; it becomes ready and downloads as the same bytes', async () => {
    const { files } = await withTask('With a picture');
    await files.open('With a picture');
    expect(await files.panel('With a picture').locator('.empty-attachments').count()).toBe(1);

    // Every value a progress bar shows, as the page renders it; the upload slowed to ~2 s so
    // the bar has something to show (on the mock, the Service Worker takes the form at once).
    await run.todo.page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { progressSeen: number[] }).progressSeen = seen;
      new MutationObserver(() => {
        for (const bar of document.querySelectorAll('progress')) seen.push(bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await throttleUploads(400_000);
    const png = noisePng(640, 480); // 0.9 MiB of real PNG
    await files.choose('With a picture', [{ name: 'noise.png', type: 'image/png', bytes: png }]);
    await files.row('With a picture', 'noise.png').waitFor();
    await files.waitForStatus('With a picture', 'noise.png', 'ready');
    await throttleUploads(-1);
    const seen = await run.todo.page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((value, i) => value >= (seen[i - 1] ?? 0) && value <= 100)).toBe(true);
    if (mode.name === 'local') expect(seen.some((value) => value > 0 && value < 100)).toBe(true);

    const row = files.row('With a picture', 'noise.png');
    expect(await row.locator('.status').textContent()).toBe('Ready');
    expect(await row.locator('.muted').textContent()).toBe('900.8 KiB · image/png');
    await run.shot(run.todo.page, 'ready');

    const saved = await files.download('With a picture', 'noise.png');
    expect(saved.name).toBe('noise.png');
    expect(saved.bytes.equals(png)).toBe(true);
  });

  it('an HTML file dropped as image/png is rejected with the reason; deleting it leaves nothing', async () => {
    const { userId, taskId, files } = await withTask('Suspicious');
    await files.open('Suspicious');
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
    const tiny = noisePng(2, 2);
    await files.drop('Suspicious', [
      { name: 'cat.png', type: 'image/png', bytes: html },
      { name: 'dot.png', type: 'image/png', bytes: tiny },
    ]);
    await files.waitForStatus('Suspicious', 'cat.png', 'rejected');
    await files.waitForStatus('Suspicious', 'dot.png', 'ready');
    await files.settled('Suspicious');
    expect(await files.row('Suspicious', 'cat.png').locator('.status').textContent()).toBe(
      "Rejected: The file's content is not image/png.",
    );
    // The rejected one has nothing to download.
    expect(await files.row('Suspicious', 'cat.png').locator('button[data-action="download"]').count()).toBe(0);
    await run.shot(run.todo.page, 'rejected');

    await files.remove('Suspicious', 'cat.png');
    expect(await files.listed('Suspicious')).toEqual([{ filename: 'dot.png', status: 'ready' }]);
    const [answer] = await mode.callElsewhere(run.todo.page, run.app, userId, [
      { method: 'GET', path: `/users/${userId}/tasks/${taskId}/attachments` },
    ]);
    expect(answer?.status).toBe(200);
    const stored = (answer?.body as { attachments: Attachment[] } | undefined)?.attachments ?? [];
    expect(stored.map((a) => [a.filename, a.status])).toEqual([['dot.png', 'ready']]);
  });

  it('a file over 10 MiB, a type outside the allow-list and the 21st attachment each say what is wrong', async () => {
    const { userId, taskId, files } = await withTask('Full');
    // Twenty pending ones from elsewhere fill the task; they show when their upload forms expire.
    const create = { filename: 'later.txt', content_type: 'text/plain', size: 5 };
    const answers = await mode.callElsewhere(
      run.todo.page,
      run.app,
      userId,
      Array.from({ length: 20 }, () => ({
        method: 'POST',
        path: `/users/${userId}/tasks/${taskId}/attachments`,
        body: create,
      })),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    await files.open('Full');
    expect(await files.listed('Full')).toEqual(answers.map(() => ({ filename: 'later.txt', status: 'pending' })));
    const first = (answers[0]?.body as AttachmentCreated | undefined)?.upload.expires_at ?? '';
    const expires = files.panel('Full').locator('li.attachment time.expires').first();
    expect(new Date((await expires.getAttribute('datetime')) ?? '').getTime()).toBe(new Date(first).getTime());

    const failed = files.panel('Full').locator('li.upload[data-failed="true"]');
    await files.drop('Full', [{ name: 'huge.png', type: 'image/png', size: 10 * MiB + 1 }]);
    await failed.nth(0).waitFor();
    await files.choose('Full', [{ name: 'page.html', type: 'text/html', bytes: Buffer.from('<p>hi</p>') }]);
    await failed.nth(1).waitFor();
    await files.drop('Full', [{ name: 'one-more.png', type: 'image/png', bytes: noisePng(2, 2) }]);
    await failed.nth(2).waitFor();
    expect(await files.uploadErrors('Full')).toEqual([
      '“huge.png” was not attached: size must be at most 10485760 (the file has 10485761 bytes)',
      '“page.html” was not attached: type must be one of: image/png, image/jpeg, image/gif, image/webp, application/pdf, text/plain, text/csv (the file is text/html)',
      '“one-more.png” was not attached: The task has the most attachments it may have. (409) A task holds at most 20 attachments; delete one first.',
    ]);
    for (const message of await files.panel('Full').locator('[role="alert"]').allTextContents())
      expect(message).not.toMatch(NO_EXCEPTION);
    await run.shot(run.todo.page, 'limits');

    // Each message goes once read; nothing was added.
    for (let left = 3; left > 0; left--) {
      await failed.first().locator('button[data-action="dismiss"]').click();
      await failed.nth(left - 1).waitFor({ state: 'detached' });
    }
    expect(await files.listed('Full')).toHaveLength(20);
  });

  it.runIf(mode.name === 'local')(
    'deleting an attachment while its file uploads stops the upload and leaves nothing (local only: the mock takes a form at once)',
    async () => {
      const { userId, taskId, files } = await withTask('Changed my mind');
      await files.open('Changed my mind');
      await throttleUploads(100_000); // 0.9 MiB: about 9 s, far longer than the steps below
      await files.choose('Changed my mind', [{ name: 'slow.png', type: 'image/png', bytes: noisePng(640, 480) }]);
      const row = files.row('Changed my mind', 'slow.png');
      await row.locator('progress').waitFor();
      // The form POST to storage is the one request of the page that ends unfinished.
      const aborted = new Promise<string | undefined>((resolve) =>
        run.todo.page.on('requestfailed', (request) => {
          if (request.method() === 'POST' && new URL(request.url()).origin !== new URL(shared.api.url).origin)
            resolve(request.failure()?.errorText);
        }),
      );
      await files.remove('Changed my mind', 'slow.png');
      expect(await aborted).toBe('net::ERR_ABORTED');
      expect(await files.listed('Changed my mind')).toEqual([]);
      expect(await files.uploadErrors('Changed my mind')).toEqual([]);
      const [answer] = await mode.callElsewhere(run.todo.page, run.app, userId, [
        { method: 'GET', path: `/users/${userId}/tasks/${taskId}/attachments` },
      ]);
      expect(answer).toEqual({ status: 200, body: { attachments: [] } });
    },
  );
});
