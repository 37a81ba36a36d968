// Comparing what two sockets heard. asyncapi.yaml promises order only per task (and per
// attachment): events of different items may interleave in any order on the real API. So a
// stream is compared as one ordered sequence per item, `task#k` or `task#k/attachment#j`,
// never by its global order; and each event as far as both sides can agree on it (ids as
// labels, timestamps and `sent_at` hidden, the way the REST observations are normalised;
// key order ignored).
import { isDeepStrictEqual } from 'node:util';
import type { ChangeEvent } from '@serverless-todo/contract/realtime';
import { normaliseValue } from '../differential/normalise.ts';

/** The comparable part of one change event. */
export interface EventView {
  readonly type: ChangeEvent['type'];
  readonly user_id: string;
  readonly task_id: string;
  readonly attachment_id: string | null;
  readonly version: number;
  /** The task or attachment carried (normalised), or null for a delete. */
  readonly item: unknown;
}

/** A stream as ordered sequences, one per item key. */
export type ItemStreams = ReadonlyMap<string, readonly EventView[]>;

/**
 * The comparable part of an event: with `labels` (two targets compared), ids relabelled and
 * volatile fields hidden; without, everything but `sent_at` as sent (an event compared with
 * the REST answer of the same target).
 *
 * @example
 * ```ts
 * viewOf(event, new Map([[event.task_id, 'task#0']])); // { type: 'task.created', task_id: 'task#0', … }
 * ```
 */
export function viewOf(event: ChangeEvent, labels?: ReadonlyMap<string, string>): EventView {
  const label = (id: string) => labels?.get(id) ?? id;
  const item = 'task' in event ? event.task : 'attachment' in event ? event.attachment : null;
  return {
    type: event.type,
    user_id: event.user_id,
    task_id: label(event.task_id),
    attachment_id: 'attachment_id' in event ? label(event.attachment_id) : null,
    version: event.version,
    item: item === null || labels === undefined ? item : normaliseValue(item, labels),
  };
}

/** The key of the item an event is about: its own order is the only one promised. */
export const itemKey = (view: EventView): string =>
  view.attachment_id === null ? view.task_id : `${view.task_id}/${view.attachment_id}`;

/**
 * Splits a stream (in arrival order) into one ordered sequence per item.
 *
 * @example
 * ```ts
 * itemStreams(socket.events.map((e) => viewOf(e, labels))).get('task#0'); // [created, updated, deleted]
 * ```
 */
export function itemStreams(views: readonly EventView[]): ItemStreams {
  const streams = new Map<string, EventView[]>();
  for (const view of views) {
    const key = itemKey(view);
    streams.set(key, [...(streams.get(key) ?? []), view]);
  }
  return streams;
}

const brief = (view: EventView) => `${view.type} v${view.version}`;
const full = (view: EventView | undefined) => (view === undefined ? '(none)' : JSON.stringify(view));

/**
 * Where two streams differ, item by item (empty when they agree): an item only one side
 * heard of, a missing or extra event, one that differs. Each line names both sides.
 *
 * @example
 * ```ts
 * compareStreams('mock', mockViews, 'local', localViews); // ['task#1: mock heard 2 events, local 1: …']
 * ```
 */
export function compareStreams(
  leftName: string,
  left: readonly EventView[],
  rightName: string,
  right: readonly EventView[],
): string[] {
  const [a, b] = [itemStreams(left), itemStreams(right)];
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  const differences: string[] = [];
  for (const key of keys) {
    const [x, y] = [a.get(key) ?? [], b.get(key) ?? []];
    const at = x.findIndex((view, i) => !isDeepStrictEqual(view, y[i]));
    if (x.length === y.length && at === -1) continue;
    const first = at === -1 ? Math.min(x.length, y.length) : at;
    differences.push(
      [
        `${key}: ${leftName} heard ${x.length} event(s), ${rightName} ${y.length}; they differ at event ${first + 1}`,
        `    ${leftName}: ${x.map(brief).join(' → ') || '(nothing)'}`,
        `    ${rightName}: ${y.map(brief).join(' → ') || '(nothing)'}`,
        `    event ${first + 1} on ${leftName}: ${full(x[first])}`,
        `    event ${first + 1} on ${rightName}: ${full(y[first])}`,
      ].join('\n'),
    );
  }
  return differences;
}
