// The DynamoDB calls of the realtime functions: the function instance's lean client (signed
// HTTP, no AWS SDK in the cold path), in DocumentClient form.
import { dynamodb } from '../aws/dynamodb.ts';
import type { ConnectionsDb } from './connections.ts';

/** The function instance's connections-table client. */
export const connectionsDb: ConnectionsDb = dynamodb;
