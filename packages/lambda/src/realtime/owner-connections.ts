// The open connections of the owners of one batch's records, read once per owner and batch.
// Sound because a batch holds only changes that already took effect: a connection opened
// after the read opened after all of them, and asyncapi.yaml replays nothing from before a
// connect (the client refetches). A connection found gone is dropped for the rest of the
// batch. Per record, the read cost one more DynamoDB round trip than the sends themselves.
import type { ConnectionsDb } from './connections.ts';

/** The connections of the owners seen so far in one batch. */
export interface OwnerConnections {
  /** The owner's open connection ids: every page of the table's items, read on first use. */
  of(userId: string): Promise<readonly string[]>;
  /** Drops a connection that answered 410 Gone, so the batch's later events skip it. */
  forget(userId: string, connectionId: string): void;
}

async function readAll(db: ConnectionsDb, tableName: string, userId: string): Promise<string[]> {
  const ids: string[] = [];
  let start: Record<string, unknown> | undefined;
  // A page ends at 1 MB; only the absence of LastEvaluatedKey means the last one.
  do {
    const page = await db.query({
      TableName: tableName,
      KeyConditionExpression: '#u = :u',
      ProjectionExpression: '#c',
      ExpressionAttributeNames: { '#u': 'user_id', '#c': 'connection_id' },
      ExpressionAttributeValues: { ':u': userId },
      ...(start ? { ExclusiveStartKey: start } : {}),
    });
    for (const item of page.Items ?? []) ids.push(String(item.connection_id));
    start = page.LastEvaluatedKey;
  } while (start);
  return ids;
}

/**
 * A lookup of owners' connections for one batch (build one per invocation).
 *
 * @example
 * ```ts
 * const connections = ownerConnections(connectionsDb, 'ConnectionsTable');
 * for (const id of await connections.of('u1')) await post(id, message);
 * ```
 */
export function ownerConnections(db: ConnectionsDb, tableName: string): OwnerConnections {
  const known = new Map<string, Promise<readonly string[]>>();
  return {
    of(userId) {
      let ids = known.get(userId);
      if (!ids) {
        ids = readAll(db, tableName, userId);
        known.set(userId, ids);
        // A failed read is not kept: a later record of the owner reads again.
        ids.catch(() => known.get(userId) === ids && known.delete(userId));
      }
      return ids;
    },
    forget(userId, connectionId) {
      const ids = known.get(userId);
      if (ids)
        known.set(
          userId,
          ids.then((list) => list.filter((id) => id !== connectionId)),
        );
    },
  };
}
