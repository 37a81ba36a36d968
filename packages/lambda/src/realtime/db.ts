// The DynamoDB calls of the realtime functions, in DocumentClient form. Kept to this one
// module so the data access moves to the lean signed-HTTP layer by changing one import.
import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../dynamo/client.ts';
import type { ConnectionsDb } from './connections.ts';

/** The function instance's connections-table client. */
export const connectionsDb: ConnectionsDb = {
  put: (input) => documentClient.send(new PutCommand(input)),
  delete: (input) => documentClient.send(new DeleteCommand(input)),
  query: (input) => documentClient.send(new QueryCommand(input)),
};
