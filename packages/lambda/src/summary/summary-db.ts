// The DynamoDB calls the summary counters make (DocumentClient shapes: native values in Key
// and ExpressionAttributeValues), on the function instance's lean client; tests hand the
// counters a db of their own to inject failures.
import { type DynamoDB, dynamodb } from '../aws/dynamodb.ts';

/** What the counters need of DynamoDB. */
export type SummaryDb = Pick<DynamoDB, 'update' | 'query'>;

/** Where the counters live. */
export interface SummaryTable {
  readonly db: SummaryDb;
  readonly tableName: string;
}

/**
 * The function instance's summary calls.
 *
 * @example
 * ```ts
 * const table: SummaryTable = { db: summaryDb, tableName: 'SummariesTable' };
 * ```
 */
export const summaryDb: SummaryDb = dynamodb;
