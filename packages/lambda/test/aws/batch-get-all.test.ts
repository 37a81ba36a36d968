// batchGetAll against dynalite: more keys than one call takes, absent keys, and the
// unprocessed keys DynamoDB leaves when a table is busy (dynalite never does, so a
// middleware moves part of a real answer into UnprocessedKeys, as DynamoDB documents it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchGetAll, UnprocessedKeysError } from '../../src/aws/batch-get-all.ts';
import { createDynamoDB, type DynamoDB } from '../../src/aws/dynamodb.ts';
import { dynamoConfig } from '../../src/aws/dynamodb-config.ts';
import { type LocalDynamo, startDynamo } from '../support/dynalite.ts';
import { injectFault } from '../support/faults.ts';

let dynamo: LocalDynamo;
let db: DynamoDB;
let table: string;
const keys = Array.from({ length: 250 }, (_, i) => ({
  user_id: 'batch-user',
  task_id: `t-${String(i).padStart(3, '0')}`,
}));
const stored = keys.filter((_, i) => i % 5 !== 0); // every fifth key names no item

beforeAll(async () => {
  dynamo = await startDynamo();
  db = createDynamoDB({ config: dynamoConfig({ DYNAMODB_ENDPOINT: dynamo.endpoint }) });
  table = dynamo.tables.TasksTable as string;
  for (let at = 0; at < stored.length; at += 25) {
    await db.batchWrite({
      RequestItems: {
        [table]: stored.slice(at, at + 25).map((Item) => ({ PutRequest: { Item: { ...Item, title: 'x' } } })),
      },
    });
  }
}, 60_000);
afterAll(() => dynamo?.close());

/** Answers `times` times with every other returned item (or, with `all`, every one) moved into UnprocessedKeys. */
function leaveUnprocessed(times: number, all = false) {
  let left = times;
  const calls: number[] = [];
  const remove = injectFault(db, async (attempt, send) => {
    const answer = await send();
    if (attempt.operation !== 'BatchGetItem') return answer;
    const body = JSON.parse(answer.body.toString('utf8'));
    const items: Record<string, unknown>[] = body.Responses[table];
    calls.push(items.length);
    if (left === 0 || items.length === 0) return answer;
    left--;
    const unprocessed = (i: number) => all || i % 2 === 1;
    body.Responses[table] = items.filter((_, i) => !unprocessed(i));
    const keysOf = (item: Record<string, { S: string }>) => ({ user_id: item.user_id, task_id: item.task_id });
    body.UnprocessedKeys = { [table]: { Keys: items.filter((_, i) => unprocessed(i)).map((i) => keysOf(i as never)) } };
    return { ...answer, body: Buffer.from(JSON.stringify(body)) };
  });
  return { calls, remove };
}

const ids = (items: Record<string, unknown>[]) => items.map((i) => String(i.task_id)).sort();

describe('batchGetAll', () => {
  it('reads every stored item of more keys than one call takes, and leaves out absent ones', async () => {
    const { calls, remove } = leaveUnprocessed(0);
    try {
      expect(ids(await batchGetAll(db, table, keys, 'user_id, task_id'))).toEqual(ids(stored));
      expect(calls).toHaveLength(3); // 100 + 100 + 50 keys
    } finally {
      remove();
    }
  });

  it('retries unprocessed keys until each has been read', async () => {
    const { calls, remove } = leaveUnprocessed(4);
    try {
      expect(ids(await batchGetAll(db, table, keys, 'user_id, task_id'))).toEqual(ids(stored));
      expect(calls.length).toBeGreaterThan(3);
    } finally {
      remove();
    }
  });

  it('fails rather than calling keys absent when they stay unprocessed', async () => {
    const { remove } = leaveUnprocessed(Number.POSITIVE_INFINITY, true);
    try {
      await expect(batchGetAll(db, table, keys.slice(0, 10), 'user_id, task_id')).rejects.toThrow(UnprocessedKeysError);
    } finally {
      remove();
    }
  });
});
