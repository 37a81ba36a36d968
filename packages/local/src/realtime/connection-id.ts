// Connection ids shaped like API Gateway's (16 characters ending in `=`, e.g.
// `L0SM9cOFvHcCIhw=`), from an alphabet that needs no escaping in an @connections path.
import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A new connection id.
 *
 * @example
 * ```ts
 * newConnectionId(); // 'mJ3x0cOFvHcCIhw='
 * ```
 */
export function newConnectionId(): string {
  const bytes = randomBytes(15);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return `${id}=`;
}
