// The URL the app's live updates open. The path the local API and the mock serve on an origin
// is asyncapi.yaml's (its `local` server), read from the SDK's realtime entry rather than
// copied. That entry carries the message validators, so only chunks loaded on demand (live
// updates, the mock) import this module: the first load stays as small as before.
import { realtimeServers } from '@serverless-todo/client/realtime';
import type { RealtimeSource } from './config.ts';

/**
 * The realtime endpoint of a source that is not off.
 *
 * @example
 * ```ts
 * realtimeUrlOf({ origin: 'ws://127.0.0.1:3000' }); // 'ws://127.0.0.1:3000/realtime'
 * realtimeUrlOf({ url: 'wss://abc123.execute-api.us-east-1.amazonaws.com/dev' }); // as given
 * ```
 */
export function realtimeUrlOf(source: NonNullable<RealtimeSource>): string {
  return 'url' in source ? source.url : `${source.origin}${realtimeServers.local.pathname}`;
}
