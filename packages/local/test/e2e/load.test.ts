// 200 concurrent creates over loopback: every one succeeds and every one is stored.
import type { Task, TaskList } from '@serverless-todo/contract';
import { assertConforms } from '@serverless-todo/contract/responses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoCall, type LocalApi } from '../../src/index.ts';
import { bearer, send } from '../support/http.ts';
import { startRealApi } from '../support/real-api.ts';

const REQUESTS = 200;
let api: LocalApi;

beforeAll(async () => {
  api = await startRealApi();
});
afterAll(() => api.stop());

describe('load', () => {
  it(`answers ${REQUESTS} concurrent POSTs with 201 and loses no write`, async () => {
    const token = await api.token('loaduser');
    const headers = bearer(token, { 'content-type': 'application/json' });
    // Bounded: a fixed number of requests, each with its own deadline.
    const results = await Promise.all(
      Array.from({ length: REQUESTS }, (_, i) =>
        send(`${api.url}/users/loaduser/tasks`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ title: `task ${i}` }),
          signal: AbortSignal.timeout(60_000),
        }),
      ),
    );
    for (const res of results) assertConforms('createTask', res, 'POST /users/loaduser/tasks');
    expect(results.map((r) => r.status)).toEqual(Array(REQUESTS).fill(201));
    const created = new Set(results.map((r) => (r.body as Task).task_id));
    expect(created.size).toBe(REQUESTS);

    // Count through the API, page by page (at most REQUESTS / 100 + 1 pages)…
    const listed: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page <= REQUESTS / 100 + 1; page++) {
      const query: string = cursor ? `?limit=100&cursor=${encodeURIComponent(cursor)}` : '?limit=100';
      const res = await send(`${api.url}/users/loaduser/tasks${query}`, { headers: bearer(token) });
      assertConforms('listTasks', res, `GET /users/loaduser/tasks${query}`);
      const body = res.body as TaskList;
      listed.push(...body.tasks.map((t) => t.task_id));
      cursor = body.next_cursor;
      if (cursor === null) break;
    }
    expect(cursor).toBeNull();
    expect(new Set(listed)).toEqual(created);

    // …and straight from the table.
    const { Count } = await dynamoCall<{ Count: number }>(api.dynamoEndpoint, 'Query', {
      TableName: 'TasksTable',
      KeyConditionExpression: 'user_id = :u',
      ExpressionAttributeValues: { ':u': { S: 'loaduser' } },
      Select: 'COUNT',
    });
    expect(Count).toBe(REQUESTS);
  });
});
