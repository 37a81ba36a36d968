// What of a response must agree between the mock and the local API, and what may not.
//
// - Task ids are random uuids on each side: each is replaced by `task#k`, k being the order
//   in which the sequence created it (a 201 with an id not seen before). Both sides create
//   the same tasks in the same order, or they have already diverged.
// - created_at / updated_at, request_id and X-Request-Id are per-response facts: replaced or
//   ignored. Cursors are opaque per side: a string next_cursor becomes `<cursor>`.
// - Lists are in task_id order, i.e. in the order of each side's random uuids, so the same
//   tasks come back in a different order and, once a list spans pages, a page holds a
//   different subset. So: a complete list (no cursor sent, next_cursor null) is compared as
//   a whole, sorted by task#k; a partial page only by its size and whether a cursor
//   follows; and a page read with a cursor issued before the user's tasks last changed
//   (its position depends on where new uuids sorted) only by its status.
import type { Exchange } from '../http/api-client.ts';

/** How much of a list page is comparable. */
export type ListView = 'whole' | 'size' | 'status';

/** The comparable part of a response. */
export interface Observation {
  readonly status: number;
  readonly contentType: string | null;
  readonly etag: string | null;
  readonly location: string | null;
  readonly retryAfter: boolean;
  readonly body: unknown;
}

const TIMESTAMPS = new Set(['created_at', 'updated_at', 'expires_at']);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Replaces known task ids inside a string (ids, Location paths). */
const relabel = (text: string, labels: ReadonlyMap<string, string>) => text.replace(UUID, (id) => labels.get(id) ?? id);

/**
 * A JSON value with ids relabelled and volatile fields replaced.
 *
 * @example
 * ```ts
 * normaliseValue({ task_id: id, created_at: '…' }, new Map([[id, 'task#0']])); // { task_id: 'task#0', created_at: '<time>' }
 * ```
 */
export function normaliseValue(value: unknown, labels: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return relabel(value, labels);
  if (Array.isArray(value)) return value.map((item) => normaliseValue(item, labels));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (TIMESTAMPS.has(key) && typeof item === 'string') out[key] = '<time>';
    else if (key === 'request_id') out[key] = '<request-id>';
    else if (key === 'next_cursor' && typeof item === 'string') out[key] = '<cursor>';
    // Presigned URLs and policy fields name each side's own storage and signature.
    else if ((key === 'url' || key === 'fields') && item !== null) out[key] = `<${key}>`;
    else out[key] = normaliseValue(item, labels);
  }
  return out;
}

const labelOrder = (label: unknown) => Number(String(label).replace(/^(task|attachment)#/, '')) || 0;

/** A list body as far as `view` allows comparing it. */
function listBody(body: unknown, view: ListView, labels: ReadonlyMap<string, string>): unknown {
  const { tasks, next_cursor } = body as { tasks: unknown[]; next_cursor: string | null };
  if (view === 'status') return '<page after a cursor issued before the tasks changed>';
  if (view === 'size') return { size: tasks.length, more: next_cursor !== null };
  const normalised = normaliseValue(tasks, labels) as { task_id: unknown }[];
  return { tasks: normalised.sort((a, b) => labelOrder(a.task_id) - labelOrder(b.task_id)), next_cursor };
}

/**
 * The comparable part of an exchange; `listView` applies to successful lists only.
 *
 * @example
 * ```ts
 * observe(exchange, labels, 'whole');
 * ```
 */
export function observe(
  exchange: Exchange,
  labels: ReadonlyMap<string, string>,
  listView: ListView = 'whole',
): Observation {
  const header = (name: string) => exchange.headers.get(name);
  const isList = exchange.operationId === 'listTasks' && exchange.status === 200;
  // Oldest first on both sides; attachments created in the same millisecond tie, and each
  // side breaks the tie by its own random ids: compared in creation order instead.
  const body =
    exchange.operationId === 'listAttachments' && exchange.status === 200
      ? {
          attachments: (
            normaliseValue((exchange.body as { attachments: unknown[] }).attachments, labels) as {
              attachment_id: unknown;
            }[]
          ).sort((a, b) => labelOrder(a.attachment_id) - labelOrder(b.attachment_id)),
        }
      : undefined;
  return {
    status: exchange.status,
    contentType: header('content-type')?.split(';')[0]?.trim() ?? null,
    etag: header('etag'),
    location: header('location') === null ? null : relabel(header('location') as string, labels),
    retryAfter: header('retry-after') !== null,
    body: isList ? listBody(exchange.body, listView, labels) : (body ?? normaliseValue(exchange.body, labels)),
  };
}
