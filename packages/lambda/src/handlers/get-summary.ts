// GET /users/{user_id}/summary

import { getSummary as operation } from '@serverless-todo/contract/requests/getSummary';
import { loadEnv, required } from '../env.ts';
import { defineHandler } from '../http/define-handler.ts';
import { readSummary } from '../summary/read-summary.ts';
import { summaryDb } from '../summary/summary-db.ts';

const env = loadEnv('GetSummaryFunction');

/**
 * The getSummary function: API Gateway REST proxy event in, proxy result out.
 *
 * @example
 * ```ts
 * const result = await handler(event, context); // { statusCode: 200, body: '{"pending":2,…}' }
 * ```
 */
export const handler = defineHandler(operation, env, async ({ principal }) => {
  const summary = await readSummary({ db: summaryDb, tableName: required(env, 'SUMMARIES_TABLE') }, principal);
  return { status: 200, body: summary };
});
