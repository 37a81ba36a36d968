// $connect, after the authorizer allowed it: the connection is stored under its user, so
// changes can be sent to it, with a TTL at API Gateway's maximum connection duration.
import { loadEnv, required } from '../env.ts';
import { saveConnection } from '../realtime/connections.ts';
import { connectionsDb } from '../realtime/db.ts';
import { logLine } from '../realtime/log.ts';
import type { WebSocketEvent, WebSocketResult } from '../realtime/websocket-event.ts';

const env = loadEnv('RealtimeConnectFunction');
const tableName = required(env, 'CONNECTIONS_TABLE_NAME');
const ttlSeconds = Number(required(env, 'CONNECTION_TTL_SECONDS'));

/**
 * The RealtimeConnectFunction: 200 accepts the connection; without a principal (no
 * authorizer ran) 401, so a misconfigured route fails closed.
 *
 * @example
 * ```ts
 * await handler(connectEvent); // { statusCode: 200 }
 * ```
 */
export async function handler(event: WebSocketEvent): Promise<WebSocketResult> {
  const { connectionId, authorizer, requestId } = event.requestContext;
  const userId = authorizer?.principalId;
  if (typeof userId !== 'string' || userId === '') {
    logLine('warn', 'connect without a principal', { requestId });
    return { statusCode: 401 };
  }
  await saveConnection(connectionsDb, tableName, { userId, connectionId, now: new Date(), ttlSeconds });
  return { statusCode: 200 };
}
