// Saving a download. The file is fetched from its presigned URL and handed to the browser as a
// download under its own name, rather than by navigating to the URL: a failure (an expired
// link, storage down) then shows as a message in the app instead of an XML error page, and it
// works the same on the mock, whose bucket a Service Worker serves (they never see navigations).
import { storageError } from './upload-errors.ts';

/**
 * Fetches `url` and saves the body as `filename`; rejects with a message when storage refuses.
 *
 * @example
 * ```ts
 * await saveFile(download.url, 'report.pdf');
 * ```
 */
export async function saveFile(url: string, filename: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw await storageError(response, 'download');
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.click();
  // The browser reads the object URL after the click returns: free it once it surely has.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
