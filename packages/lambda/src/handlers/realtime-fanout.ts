// RealtimeFanoutFunction: the tasks and attachments streams' changes, sent to their owners'
// WebSocket connections through the realtime API's management endpoint.
import { batchesInOrder } from '../changes/in-order.ts';
import { loadEnv, required } from '../env.ts';
import { connectionsDb } from '../realtime/db.ts';
import { fanOut } from '../realtime/fan-out.ts';
import { ownerConnections } from '../realtime/owner-connections.ts';
import { connectionPoster } from '../realtime/post-to-connection.ts';

const env = loadEnv('RealtimeFanoutFunction');
const tableName = required(env, 'CONNECTIONS_TABLE_NAME');
const post = connectionPoster(required(env, 'CONNECTIONS_ENDPOINT'), process.env);

/**
 * Records in order, so one task's events reach each connection in the order they happened;
 * each owner's connections are read once per batch.
 */
export const handler = batchesInOrder(() => {
  const deps = { db: connectionsDb, tableName, post, connections: ownerConnections(connectionsDb, tableName) };
  return async (record) => {
    await fanOut(deps, record);
  };
});
