// The realtime fan-out of one stream record: its event goes to every open connection of the
// record's owner, and to no one else's. Best-effort, as asyncapi.yaml promises: a connection
// that is gone (410) is removed, and one that fails otherwise is logged and skipped, so one
// bad socket never holds back the others or the stream.
import type { DynamoDBRecord } from 'aws-lambda';
import { recordParts } from '../changes/record-images.ts';
import { logger } from '../observability/logger.ts';
import { type ConnectionsDb, removeConnection } from './connections.ts';
import { type OwnerConnections, ownerConnections } from './owner-connections.ts';
import type { PostToConnection } from './post-to-connection.ts';
import { realtimeEvent } from './realtime-event.ts';

/** What the fan-out reads and calls. */
export interface FanOutDeps {
  readonly db: ConnectionsDb;
  readonly tableName: string;
  readonly post: PostToConnection;
  /** The batch's lookup (one per invocation); without it, the owner's connections are read for this record alone. */
  readonly connections?: OwnerConnections;
}

/** How one record went: how many connections got it, how many were gone. */
export interface FanOutResult {
  readonly sent: number;
  readonly gone: number;
  readonly failed: number;
}

/**
 * Sends one record's event to its owner's connections.
 *
 * @example
 * ```ts
 * const connections = ownerConnections(connectionsDb, tableName); // one per batch
 * const { sent } = await fanOut({ db: connectionsDb, tableName, post, connections }, record);
 * ```
 */
export async function fanOut(deps: FanOutDeps, record: DynamoDBRecord): Promise<FanOutResult> {
  const event = realtimeEvent(recordParts(record), new Date());
  if (event === null) return { sent: 0, gone: 0, failed: 0 };
  const connections = deps.connections ?? ownerConnections(deps.db, deps.tableName);
  const ids = await connections.of(event.user_id);
  const message = JSON.stringify(event);
  const results = await Promise.all(
    ids.map(async (connectionId) => {
      try {
        const result = await deps.post(connectionId, message);
        if (result === 'gone') {
          connections.forget(event.user_id, connectionId);
          await removeConnection(deps.db, deps.tableName, connectionId, event.user_id);
        }
        return result;
      } catch (error) {
        logger.warn('realtime event not delivered', { connection_id: connectionId, type: event.type, error });
        return 'failed' as const;
      }
    }),
  );
  const count = (what: string) => results.filter((result) => result === what).length;
  return { sent: count('sent'), gone: count('gone'), failed: count('failed') };
}
