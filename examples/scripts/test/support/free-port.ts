import { createServer } from 'node:net';

/**
 * A loopback port that nothing listens on: bound, then released.
 *
 * @example
 * ```ts
 * const dead = `http://127.0.0.1:${await closedPort()}`;
 * ```
 */
export function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as import('node:net').AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
