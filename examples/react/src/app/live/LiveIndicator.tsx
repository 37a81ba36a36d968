// A quiet line beside the user's name: whether changes made elsewhere show up by themselves.
import type { LiveStatus } from './use-live-updates.ts';

const LABELS: Record<LiveStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  off: 'Live updates off',
};

const TITLES: Record<LiveStatus, string> = {
  connecting: 'Opening the connection for live updates',
  live: 'Changes made in other tabs or devices show here without a reload',
  reconnecting: 'No connection for live updates: trying again; the list is refetched once it is back',
  off: 'Changes made elsewhere show after a reload',
};

/**
 * The live-updates status.
 *
 * @example
 * ```tsx
 * <LiveIndicator status="live" />
 * ```
 */
export function LiveIndicator({ status }: { status: LiveStatus }) {
  return (
    <span id="live" className="live muted" data-live={status} title={TITLES[status]} role="status">
      {LABELS[status]}
    </span>
  );
}
