// $disconnect: the connection's item goes. API Gateway sends this on a best-effort basis
// only; what it misses, a 410 Gone on the next send or the TTL removes.
import { loadEnv, required } from '../env.ts';
import { removeConnection } from '../realtime/connections.ts';
import { connectionsDb } from '../realtime/db.ts';
import type { WebSocketEvent, WebSocketResult } from '../realtime/websocket-event.ts';

const env = loadEnv('RealtimeDisconnectFunction');
const tableName = required(env, 'CONNECTIONS_TABLE_NAME');

/**
 * The RealtimeDisconnectFunction: removes the connection (found by id if no principal came along).
 *
 * @example
 * ```ts
 * await handler(disconnectEvent); // { statusCode: 200 }
 * ```
 */
export async function handler(event: WebSocketEvent): Promise<WebSocketResult> {
  const { connectionId, authorizer } = event.requestContext;
  const principal = typeof authorizer?.principalId === 'string' ? authorizer.principalId : undefined;
  await removeConnection(connectionsDb, tableName, connectionId, principal || undefined);
  return { statusCode: 200 };
}
