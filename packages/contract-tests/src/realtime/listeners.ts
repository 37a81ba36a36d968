// Sockets that a scenario or a differential side holds for its users, and the one way to
// know they have heard everything: let the target hand over what it has (the local API's
// stream drained), then flush each socket with a ping.
import { ContractViolationError, UnexpectedResponseError } from '../errors.ts';
import type { RealtimeEndpoint, Target } from '../target.ts';
import { type EventSocket, openEventSocket } from './event-socket.ts';

/**
 * The target's realtime API; throws when it serves none.
 *
 * @example
 * ```ts
 * const realtime = realtimeOf(target);
 * ```
 */
export function realtimeOf(target: Target): RealtimeEndpoint {
  if (target.realtime === undefined) throw new Error(`[${target.name}] serves no realtime API`);
  return target.realtime;
}

/**
 * Opens a socket for `userId` with its own token and waits (bounded) until it is open.
 *
 * @example
 * ```ts
 * const socket = await listen(target, 'u-1');
 * ```
 */
export async function listen(target: Target, userId: string): Promise<EventSocket> {
  const socket = openEventSocket(
    realtimeOf(target),
    await target.token(userId),
    `[${target.name}] socket of ${userId}`,
  );
  const handshake = await socket.handshake;
  if (!handshake.opened) {
    throw new UnexpectedResponseError(
      `${socket.label}: a valid token was refused (status ${handshake.status}, close ${handshake.closeCode})`,
    );
  }
  return socket;
}

/**
 * Waits until every change made so far has reached the sockets: the target's `settled`
 * (bounded), then a ping/pong on each. Throws if any socket heard a frame that departs
 * from asyncapi.yaml.
 *
 * @example
 * ```ts
 * await heardEverything(target, [a, b]);
 * ```
 */
export async function heardEverything(target: Target, sockets: readonly EventSocket[]): Promise<void> {
  await realtimeOf(target).settled?.();
  await Promise.all(sockets.map((socket) => socket.flush()));
  const violations = sockets.flatMap((socket) => socket.violations);
  if (violations.length > 0) throw new ContractViolationError(violations.join('\n'));
}
