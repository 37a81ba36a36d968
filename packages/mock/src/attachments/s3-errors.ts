// S3's error answers (an XML body with a Code and a Message), for the fake bucket's refusals.

/**
 * An S3-style error response.
 *
 * @example
 * ```ts
 * s3Error(403, 'AccessDenied', 'Invalid according to Policy: Policy expired.');
 * ```
 */
export function s3Error(status: number, code: string, message: string): Response {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  return new Response(xml, {
    status,
    headers: { 'Content-Type': 'application/xml', 'Access-Control-Allow-Origin': '*' },
  });
}
