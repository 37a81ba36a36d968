import { dynamodb } from '../aws/dynamodb.ts';
import { required } from '../env.ts';
import type { TaskTable } from '../tasks/table.ts';

/**
 * The tasks table of this function, from its TABLE_NAME, on the instance's client.
 *
 * @example
 * ```ts
 * const table = taskTable(env); // throws ConfigurationError (a 500) when TABLE_NAME is unset
 * ```
 */
export function taskTable(env: { readonly TABLE_NAME: string | undefined }): TaskTable {
  return { client: dynamodb, tableName: required(env, 'TABLE_NAME') };
}
