// The DynamoDB calls the summary counters make, in DocumentClient shapes (native values in
// Key and ExpressionAttributeValues), behind one small seam so the transport can change
// without touching the counters' logic.
import { QueryCommand, type QueryCommandInput, UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../dynamo/client.ts';

/** A page of a Query. */
export interface QueryPage {
  readonly Items?: Record<string, unknown>[];
  readonly LastEvaluatedKey?: Record<string, unknown>;
}

/** What the counters need of DynamoDB. */
export interface SummaryDb {
  update(input: UpdateCommandInput): Promise<unknown>;
  query(input: QueryCommandInput): Promise<QueryPage>;
}

/** Where the counters live. */
export interface SummaryTable {
  readonly db: SummaryDb;
  readonly tableName: string;
}

/**
 * The function instance's summary calls, over its DocumentClient.
 *
 * @example
 * ```ts
 * const table: SummaryTable = { db: summaryDb, tableName: 'SummariesTable' };
 * ```
 */
export const summaryDb: SummaryDb = {
  update: (input) => documentClient.send(new UpdateCommand(input)),
  query: (input) => documentClient.send(new QueryCommand(input)),
};
