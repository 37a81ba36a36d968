// The connections table: one item per open WebSocket connection, keyed (user_id,
// connection_id), with a by_connection index for the callers that know only the id
// ($disconnect, a 410 Gone). Written against the DocumentClient shape of the DynamoDB calls.

/** The DynamoDB calls this module makes, in DocumentClient form (native values). */
export interface ConnectionsDb {
  put(input: { TableName: string; Item: Record<string, unknown> }): Promise<unknown>;
  delete(input: { TableName: string; Key: Record<string, unknown> }): Promise<unknown>;
  query(input: {
    TableName: string;
    IndexName?: string;
    KeyConditionExpression: string;
    ProjectionExpression?: string;
    ExpressionAttributeNames?: Record<string, string>;
    ExpressionAttributeValues?: Record<string, unknown>;
    ExclusiveStartKey?: Record<string, unknown>;
  }): Promise<{ Items?: Record<string, unknown>[]; LastEvaluatedKey?: Record<string, unknown> }>;
}

/** The index that finds a connection's item by its id alone. */
export const BY_CONNECTION_INDEX = 'by_connection';

/** One open connection, as stored. */
export interface ConnectionRecord {
  readonly user_id: string;
  readonly connection_id: string;
  /** When $connect ran, ISO 8601. */
  readonly connected_at: string;
  /** Epoch seconds after which DynamoDB's TTL removes the item (API Gateway's 2 h maximum). */
  readonly expires_at: number;
}

/**
 * Stores a connection that $connect accepted. A put, so a retried $connect stores it once.
 *
 * @example
 * ```ts
 * await saveConnection(db, 'ConnectionsTable', { userId: 'u1', connectionId: 'abc=', now: new Date(), ttlSeconds: 7200 });
 * ```
 */
export async function saveConnection(
  db: ConnectionsDb,
  tableName: string,
  input: { userId: string; connectionId: string; now: Date; ttlSeconds: number },
): Promise<ConnectionRecord> {
  const item: ConnectionRecord = {
    user_id: input.userId,
    connection_id: input.connectionId,
    connected_at: input.now.toISOString(),
    expires_at: Math.floor(input.now.getTime() / 1000) + input.ttlSeconds,
  };
  await db.put({ TableName: tableName, Item: { ...item } });
  return item;
}

/**
 * Removes a connection. With the owner known (the authorizer's principal), one delete;
 * otherwise the index names the owner first. Removing a connection that is gone succeeds.
 *
 * @example
 * ```ts
 * await removeConnection(db, 'ConnectionsTable', 'abc=', 'u1');
 * ```
 */
export async function removeConnection(
  db: ConnectionsDb,
  tableName: string,
  connectionId: string,
  userId?: string,
): Promise<number> {
  let owners: string[];
  if (userId) owners = [userId];
  else {
    const found = await db.query({
      TableName: tableName,
      IndexName: BY_CONNECTION_INDEX,
      KeyConditionExpression: '#c = :c',
      ExpressionAttributeNames: { '#c': 'connection_id' },
      ExpressionAttributeValues: { ':c': connectionId },
    });
    owners = (found.Items ?? []).map((item) => String(item.user_id));
  }
  for (const owner of owners) {
    await db.delete({ TableName: tableName, Key: { user_id: owner, connection_id: connectionId } });
  }
  return owners.length;
}
