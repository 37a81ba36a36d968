// The board's live updates: started once a user is signed in, stopped on sign-out or unmount.
// The code behind them is a chunk of its own, fetched after the board's first render.
import type { TodoClientOptions } from '@serverless-todo/client';
import type { TodoKeys } from '@serverless-todo/query';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { RealtimeSource } from '../../config.ts';
import type { LiveState } from './connect-live.ts';

/** What the status line shows; `off` when the app has no realtime endpoint or `?realtime=off`. */
export type LiveStatus = LiveState | 'off';

/**
 * Subscribes the board's cache to the user's changes while mounted.
 *
 * @example
 * ```tsx
 * const status = useLiveUpdates(config.realtime, clientOptions, session.userId, todo.keys);
 * <LiveIndicator status={status} />
 * ```
 */
export function useLiveUpdates(
  source: RealtimeSource,
  clientOptions: TodoClientOptions,
  userId: string,
  keys: TodoKeys,
): LiveStatus {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveStatus>('connecting');
  useEffect(() => {
    if (!source) return;
    const controller = new AbortController();
    const { signal } = controller;
    setState('connecting');
    void import('./connect-live.ts').then(
      ({ connectLive }) => {
        if (signal.aborted) return;
        const onState = (next: LiveState) => !signal.aborted && setState(next);
        connectLive(queryClient, { source, clientOptions, userId, keys, signal, onState });
      },
      // The chunk did not load (offline, a newer deployment): the board works without it.
      (error: unknown) => {
        if (signal.aborted) return;
        console.warn('Live updates could not load:', error);
        setState('off');
      },
    );
    return () => controller.abort();
  }, [queryClient, source, clientOptions, userId, keys]);
  return source ? state : 'off';
}
