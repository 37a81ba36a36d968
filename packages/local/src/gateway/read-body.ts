// Reads a request body up to API Gateway's payload limit. A larger body is still drained (so
// the client can read the 413 instead of seeing its upload cut off) but not kept.
import type { IncomingMessage } from 'node:http';

/** API Gateway REST's maximum payload: 10 MB. */
export const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

/** The body (null when empty), or tooLarge when it went past the limit. */
export type BodyOutcome = { readonly tooLarge: false; readonly body: Buffer | null } | { readonly tooLarge: true };

/**
 * Reads `request`'s body, keeping at most `limit` bytes.
 *
 * @example
 * ```ts
 * const outcome = await readBody(req);
 * if (outcome.tooLarge) return send413();
 * ```
 */
export function readBody(request: IncomingMessage, limit: number = MAX_PAYLOAD_BYTES): Promise<BodyOutcome> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    request.on('end', () => {
      if (size > limit) resolve({ tooLarge: true });
      else resolve({ tooLarge: false, body: size === 0 ? null : Buffer.concat(chunks, size) });
    });
    request.on('error', reject);
  });
}
