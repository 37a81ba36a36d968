// The realtime handshake fails closed (asyncapi.yaml): a missing, expired or forged token is
// refused on the upgrade with 401 and never opens, and nothing reaches such a socket, not
// even the changes of the user the token names. Where a socket cannot see the upgrade's
// status (a browser, MSW's interception), a refusal is what a browser shows: close 1006.
import { ApiClient } from '../http/api-client.ts';
import { expectEqual } from '../http/expect.ts';
import { createTask } from '../http/tasks.ts';
import { openEventSocket } from '../realtime/event-socket.ts';
import { heardEverything, listen, realtimeOf } from '../realtime/listeners.ts';
import type { Target } from '../target.ts';
import { twoEmptyUsers } from '../users.ts';
import { flipAt } from './cursors.ts';

/** The kinds of bad token the handshake must refuse. */
export type BadToken = 'missing' | 'expired' | 'forged';

/** Why a kind cannot be checked on `target`, or undefined when it can. */
export function badTokenUnsupported(target: Target, kind: BadToken): string | undefined {
  if (kind === 'forged') return target.realtime?.unsignedTokens;
  if (kind === 'expired' && target.realtime?.expiredToken === undefined)
    return target.realtime?.noExpiredToken ?? 'the target has no expired token to offer';
  return undefined;
}

async function tokenOf(target: Target, kind: BadToken, userId: string): Promise<string | null> {
  if (kind === 'missing') return null;
  if (kind === 'expired') {
    const { expiredToken } = realtimeOf(target);
    if (expiredToken === undefined) throw new Error(badTokenUnsupported(target, kind));
    return expiredToken(userId);
  }
  // A real token whose signature has one character altered, in the middle, where every bit counts.
  const token = await target.token(userId);
  const at = token.lastIndexOf('.') + Math.floor((token.length - token.lastIndexOf('.')) / 2);
  return flipAt(token, at);
}

/**
 * A scenario: a `kind` token is refused on the upgrade (401, or close 1006 where the status
 * is not visible), and its socket hears nothing of the user's change that a good socket hears.
 *
 * @example
 * ```ts
 * await badTokenRefused('expired')(localTarget());
 * ```
 */
export const badTokenRefused =
  (kind: BadToken) =>
  async (target: Target): Promise<void> => {
    const realtime = realtimeOf(target);
    const api = new ApiClient(target);
    const [user] = await twoEmptyUsers(api);
    // A fixed user's deletes must have reached the fan-out before the sockets open.
    await realtime.settled?.();
    const label = `[${target.name}] socket with a ${kind} token for ${user}`;
    const refused = openEventSocket(realtime, await tokenOf(target, kind, user), label);
    const handshake = await refused.handshake;
    const subject = { label, status: handshake.opened ? 101 : (handshake.status ?? 0), body: handshake };
    expectEqual(subject, 'whether it opened', handshake.opened, false);
    if (!handshake.opened) {
      if (realtime.seesUpgradeStatus) expectEqual(subject, 'the status of the upgrade', handshake.status, 401);
      else expectEqual(subject, 'the close code a browser sees', handshake.closeCode, 1006);
    }
    const good = await listen(target, user);
    try {
      const { task } = await createTask(api, user, { title: 'only for open sockets' });
      await heardEverything(target, [good]);
      expectEqual(
        subject,
        'what the good socket heard',
        good.events.map((event) => [event.type, event.task_id]),
        [['task.created', task.task_id]],
      );
      expectEqual(subject, 'what the refused socket heard', refused.messages, []);
    } finally {
      good.close();
      refused.close();
    }
  };
