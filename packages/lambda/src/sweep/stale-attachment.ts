// Which attachment records the maintenance sweep removes: uploads still pending after the
// abandoned-upload window, and records whose task no longer exists (a cascade that lost a
// race with a create, or data from before the cascade existed).

/** Why a record goes. */
export type Staleness = 'abandoned' | 'orphaned' | null;

/**
 * Judges one record; `taskExists` says whether its task is still there.
 *
 * @example
 * ```ts
 * staleness({ status: 'pending', created_at: '2026-01-01T00:00:00Z' }, true, Date.parse('2026-01-01T02:00:00Z') - 3_600_000);
 * // 'abandoned'
 * ```
 */
export function staleness(record: Readonly<Record<string, unknown>>, taskExists: boolean, cutoffMs: number): Staleness {
  if (!taskExists) return 'orphaned';
  const created = Date.parse(String(record.created_at));
  return record.status === 'pending' && Number.isFinite(created) && created <= cutoffMs ? 'abandoned' : null;
}
