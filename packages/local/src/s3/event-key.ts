// S3 writes an object key into an event notification form-URL-encoded, the way Java's
// URLEncoder does: a space becomes `+`, a real `+` becomes `%2B`, UTF-8 bytes become %XX,
// `/` stays as it is. A handler must decode it (`decodeURIComponent(key.replace(/\+/g, ' '))`)
// before using the key: reproducing this locally is what catches a handler that forgets to.

/** Characters encodeURIComponent leaves alone but URLEncoder encodes. */
const EXTRA = /[!'()~]/g;

/**
 * A key as it appears in `Records[].s3.object.key`.
 *
 * @example
 * ```ts
 * eventKey('uploads/red flower (1)+€.jpg'); // 'uploads/red+flower+%281%29%2B%E2%82%AC.jpg'
 * ```
 */
export function eventKey(key: string): string {
  return encodeURIComponent(key)
    .replace(EXTRA, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+')
    .replace(/%2F/g, '/');
}

/**
 * The key an event names, decoded back (what a handler does with `s3.object.key`).
 *
 * @example
 * ```ts
 * keyFromEvent('uploads/red+flower+%281%29%2B%E2%82%AC.jpg'); // 'uploads/red flower (1)+€.jpg'
 * ```
 */
export function keyFromEvent(encoded: string): string {
  return decodeURIComponent(encoded.replace(/\+/g, ' '));
}
