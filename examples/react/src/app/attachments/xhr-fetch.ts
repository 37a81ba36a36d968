// A fetch over XMLHttpRequest, for one thing fetch cannot do in browsers: report how much of a
// request body has been sent. The SDK posts the upload form with the fetch it is given, so this
// is how the app shows upload progress without redoing the SDK's upload flow.
import type { FetchFunction } from '@serverless-todo/client';

/** Called as the body goes out: bytes sent so far, of `total`. */
export type ProgressListener = (loaded: number, total: number) => void;

// Statuses whose response may not carry a body (the Response constructor throws otherwise).
const NULL_BODY = new Set([101, 204, 205, 304]);

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * A {@link FetchFunction} that sends with XMLHttpRequest and reports upload progress. Like
 * fetch, it rejects with a TypeError when the network fails and with the signal's reason when
 * aborted; a streamed body (which XMLHttpRequest cannot send) is a TypeError too.
 *
 * @example
 * ```ts
 * const files = withAttachments(client, { fetch: xhrFetch((loaded, total) => setPercent((100 * loaded) / total)) });
 * ```
 */
export function xhrFetch(onProgress: ProgressListener): FetchFunction {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const request = input instanceof Request ? input : undefined;
      const signal = init.signal ?? request?.signal;
      if (signal?.aborted) return reject(signal.reason);
      if (init.body instanceof ReadableStream) return reject(new TypeError('xhrFetch cannot send a stream body'));

      const xhr = new XMLHttpRequest();
      xhr.open(init.method ?? request?.method ?? 'GET', request?.url ?? String(input));
      xhr.responseType = 'arraybuffer';
      for (const [name, value] of new Headers(init.headers ?? request?.headers)) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(event.loaded, event.total);
      };
      xhr.onload = () =>
        resolve(
          new Response(NULL_BODY.has(xhr.status) ? null : (xhr.response as ArrayBuffer), {
            status: xhr.status,
            statusText: xhr.statusText,
            headers: parseHeaders(xhr.getAllResponseHeaders()),
          }),
        );
      xhr.onerror = () => reject(new TypeError('Failed to fetch'));
      xhr.ontimeout = xhr.onerror;
      xhr.onabort = () => reject(signal?.reason ?? new DOMException('The upload was aborted.', 'AbortError'));
      signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send((init.body as XMLHttpRequestBodyInit | null | undefined) ?? null);
    });
}
