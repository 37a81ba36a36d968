// The download's Content-Disposition: always `attachment`, so a browser saves the file and
// never renders it (an uploaded HTML or SVG could otherwise run on the bucket's origin).

/**
 * `attachment; filename="<ascii fallback>"; filename*=UTF-8''<percent-encoded>` (RFC 6266,
 * RFC 8187). The fallback keeps printable ASCII other than quote and backslash.
 *
 * @example
 * ```ts
 * contentDisposition('Rapport é.pdf'); // `attachment; filename="Rapport _.pdf"; filename*=UTF-8''Rapport%20%C3%A9.pdf`
 * ```
 */
export function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
