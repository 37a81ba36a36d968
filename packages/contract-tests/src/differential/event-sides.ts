// The realtime half of a differential sequence: each side holds one socket per user from
// before the prelude; after the last step, each side hands over what it has (the local API's
// stream drained), every socket is flushed, and the two sides' streams are compared per user
// and per item, ids labelled by each side's own session.
import { DivergenceError } from '../errors.ts';
import type { EventSocket } from '../realtime/event-socket.ts';
import { compareStreams, viewOf } from '../realtime/event-streams.ts';
import { heardEverything, listen } from '../realtime/listeners.ts';
import type { Target } from '../target.ts';

/** One side's sockets, one per user of the sequence. */
export interface EventSide {
  readonly target: Target;
  readonly sockets: readonly EventSocket[];
}

/**
 * Opens (and waits for) one socket per user on the target.
 *
 * @example
 * ```ts
 * const side = await openEventSide(localTarget, ['u-a', 'u-b']);
 * ```
 */
export async function openEventSide(target: Target, users: readonly string[]): Promise<EventSide> {
  return { target, sockets: await Promise.all(users.map((user) => listen(target, user))) };
}

/** Closes a side's sockets. */
export const closeEventSide = (side: EventSide | undefined): void => {
  for (const socket of side?.sockets ?? []) socket.close();
};

/**
 * Waits until both sides have heard everything, then returns the differences of their
 * streams, user by user (empty when they agree).
 *
 * @example
 * ```ts
 * const differences = await eventDifferences(users, [mockSide, mockLabels], [localSide, localLabels]);
 * ```
 */
export async function eventDifferences(
  users: readonly string[],
  [left, leftLabels]: readonly [EventSide, ReadonlyMap<string, string>],
  [right, rightLabels]: readonly [EventSide, ReadonlyMap<string, string>],
): Promise<string[]> {
  await Promise.all([heardEverything(left.target, left.sockets), heardEverything(right.target, right.sockets)]);
  return users.flatMap((user, index) => {
    const views = (side: EventSide, labels: ReadonlyMap<string, string>) =>
      (side.sockets[index]?.events ?? []).map((event) => viewOf(event, labels));
    const differences = compareStreams(
      left.target.name,
      views(left, leftLabels),
      right.target.name,
      views(right, rightLabels),
    );
    return differences.map((difference) => `user ${index} (${user}), ${difference}`);
  });
}

/**
 * The DivergenceError of a sequence whose event streams differ.
 *
 * @example
 * ```ts
 * throw eventDivergence(mock, local, steps, differences, history);
 * ```
 */
export function eventDivergence(
  left: Target,
  right: Target,
  steps: readonly unknown[],
  differences: readonly string[],
  history: readonly string[],
): DivergenceError {
  return new DivergenceError(
    [
      `${left.name} and ${right.name} sent different events for: ${JSON.stringify(steps)}`,
      `  after the prelude${history.length > 0 ? ` and: ${history.join('; ')}` : ''}`,
      ...differences.map((difference) => `  ${difference}`),
    ].join('\n'),
  );
}
