// The real stream consumer behind the local API: random creates, updates, status changes and
// deletes through the HTTP API, several tasks changing at once, then (once the stream has
// delivered) getSummary equals a recount of the listed tasks. Redelivery and failed writes
// are exercised against the consumer alone (packages/lambda, task-stream-counters.test.ts).
import type { Task, TaskList, TaskStatus, TaskSummary } from '@serverless-todo/contract';
import { assertConforms } from '@serverless-todo/contract/responses';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../src/index.ts';
import { bearer, send } from '../support/http.ts';
import { startRealApi } from '../support/real-api.ts';

let api: LocalApi & { lines: string[] };
beforeAll(async () => {
  api = await startRealApi();
});
afterAll(() => api.stop());

const STATUSES: TaskStatus[] = ['pending', 'in_progress', 'done'];
type Op =
  | { kind: 'create'; status: TaskStatus }
  | { kind: 'status'; pick: number; status: TaskStatus }
  | { kind: 'title'; pick: number }
  | { kind: 'delete'; pick: number };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), status: fc.constantFrom(...STATUSES) }),
  fc.record({ kind: fc.constant('status' as const), pick: fc.nat(), status: fc.constantFrom(...STATUSES) }),
  fc.record({ kind: fc.constant('title' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
);

let run = 0;

describe('summary counters on the local API', () => {
  it('equal a recount once the stream has delivered, after any sequence of changes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(op, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        async (rounds) => {
          const user = `summary-${++run}`;
          const headers = bearer(await api.token(user), { 'content-type': 'application/json' });
          const base = `${api.url}/users/${user}/tasks`;
          const live: Task[] = [];
          // The ops of one round run at once, on different tasks (one task's changes stay in order).
          for (const round of rounds) {
            const taken = new Set<string>();
            await Promise.all(
              round.map(async (o) => {
                if (o.kind === 'create') {
                  const res = await send(base, {
                    method: 'POST',
                    headers,
                    body: JSON.stringify({ title: 't', status: o.status }),
                  });
                  assertConforms('createTask', res, 'create');
                  live.push(res.body as Task);
                  return;
                }
                const task = live.filter((t) => !taken.has(t.task_id))[o.pick % Math.max(1, live.length)];
                if (!task) return;
                taken.add(task.task_id);
                const url = `${base}/${task.task_id}`;
                if (o.kind === 'delete') {
                  const res = await send(url, { method: 'DELETE', headers });
                  assertConforms('deleteTask', res, 'delete');
                  live.splice(live.indexOf(task), 1);
                  return;
                }
                const body = o.kind === 'status' ? { status: o.status } : { title: 'renamed' };
                const res = await send(url, { method: 'PATCH', headers, body: JSON.stringify(body) });
                assertConforms('updateTask', res, 'update');
              }),
            );
          }
          await api.drained();
          const list = await send(`${base}?limit=100`, { headers });
          assertConforms('listTasks', list, 'list');
          const tasks = (list.body as TaskList).tasks;
          const summary = await send(`${api.url}/users/${user}/summary`, { headers });
          assertConforms('getSummary', summary, 'summary');
          const of = (status: TaskStatus) => tasks.filter((t) => t.status === status).length;
          const { updated_at: _, ...counts } = summary.body as TaskSummary;
          expect(counts).toEqual({
            pending: of('pending'),
            in_progress: of('in_progress'),
            done: of('done'),
            total: tasks.length,
          });
        },
      ),
      { seed: 20261201, numRuns: 10 },
    );
    expect(api.lines.filter((line) => line.includes('gave up'))).toEqual([]);
  });
});
