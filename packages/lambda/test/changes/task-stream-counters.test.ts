// The stream consumer alone, over dynalite: after any sequence of creates, updates, status
// changes and deletes, delivered in batches of any size, interleaved across tasks in any
// order (one task's records stay in order, as DynamoDB keeps them), with redelivered batches
// and failed or lost-response writes retried as Lambda retries them, the counters equal a
// recount of the tasks.
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { TaskStatus } from '@serverless-todo/contract';
import type { DynamoDBRecord } from 'aws-lambda';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskStreamHandler } from '../../src/changes/task-stream-handler.ts';
import { readSummary } from '../../src/summary/read-summary.ts';
import type { SummaryDb, SummaryTable } from '../../src/summary/summary-db.ts';
import { type LocalDynamo, startDynamo } from '../support/dynalite.ts';
import { lambdaContext } from '../support/events.ts';
import { useLambdaEnv } from '../support/lambda-env.ts';
import { streamEvent, TaskStreamModel } from '../support/stream-records.ts';

const STATUSES: TaskStatus[] = ['pending', 'in_progress', 'done'];

type Op =
  | { kind: 'create'; user: number; status: TaskStatus }
  | { kind: 'update'; pick: number; status: TaskStatus | undefined }
  | { kind: 'delete'; pick: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), user: fc.nat(1), status: fc.constantFrom(...STATUSES) }),
  fc.record({
    kind: fc.constant('update' as const),
    pick: fc.nat(),
    status: fc.option(fc.constantFrom(...STATUSES), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
);

/** One invocation: how many records, which update call fails and how, and whether an earlier batch comes again. */
const step = fc.record({
  size: fc.integer({ min: 1, max: 10 }),
  fault: fc.option(fc.record({ call: fc.nat(9), kind: fc.constantFrom('error' as const, 'lost' as const) }), {
    nil: undefined,
  }),
  replay: fc.boolean(),
});

/** A random interleaving of the records that keeps each task's records in their order. */
function interleave(records: DynamoDBRecord[], order: number[]): DynamoDBRecord[] {
  const keyOf = (r: DynamoDBRecord) => r.dynamodb?.Keys?.task_id?.S ?? '';
  const permuted = records.map((r, i) => ({ r, at: order[i] ?? i })).sort((a, b) => a.at - b.at);
  const queues = new Map<string, DynamoDBRecord[]>();
  for (const r of records) queues.set(keyOf(r), [...(queues.get(keyOf(r)) ?? []), r]);
  return permuted.map(({ r }) => queues.get(keyOf(r))?.shift() as DynamoDBRecord);
}

let dynamo: LocalDynamo;
let createHandler: (table: SummaryTable) => TaskStreamHandler;
beforeAll(async () => {
  dynamo = await startDynamo();
  useLambdaEnv(dynamo);
  const { createTaskStreamHandler } = await import('../../src/changes/task-stream-handler.ts');
  createHandler = (table) => createTaskStreamHandler(() => table);
});
afterAll(() => dynamo.close());

const realDb = (): SummaryDb => ({
  update: (input) => dynamo.client.send(new UpdateCommand(input)),
  query: (input) => dynamo.client.send(new QueryCommand(input)),
});

/** A db whose n-th update of the next invocation fails: before the write ('error') or after it ('lost'). */
function faultyDb() {
  const real = realDb();
  let plan: { call: number; kind: 'error' | 'lost' } | undefined;
  let calls = 0;
  const db: SummaryDb = {
    async update(input) {
      const n = calls++;
      if (plan?.call !== n) return real.update(input);
      if (plan.kind === 'lost') await real.update(input);
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    },
    query: real.query,
  };
  return {
    db,
    arm(next: typeof plan) {
      plan = next;
      calls = 0;
    },
  };
}

let run = 0;

describe('summary counters, the consumer alone', () => {
  it('equal a recount after any history, delivery order, redelivery and failures', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(1000), { maxLength: 80 }),
        fc.array(step, { minLength: 1, maxLength: 30 }),
        async (ops, order, steps) => {
          const users = [`u${++run}a`, `u${run}b`];
          const model = new TaskStreamModel();
          for (const o of ops) {
            const live = [...model.tasks.keys()];
            if (o.kind === 'create') model.create(users[o.user] as string, o.status);
            else if (live.length > 0 && o.kind === 'update')
              model.update(live[o.pick % live.length] as string, o.status);
            else if (live.length > 0 && o.kind === 'delete') model.delete(live[o.pick % live.length] as string);
          }
          const records = interleave(model.records, order);
          const faulty = faultyDb();
          const handler = createHandler({ db: faulty.db, tableName: dynamo.tables.SummariesTable as string });
          const delivered: DynamoDBRecord[][] = [];
          let position = 0;
          // Bounded: every step either moves on or fails once; past the steps, no more faults.
          for (let i = 0; position < records.length && i < records.length * 3 + steps.length; i++) {
            const s = steps[i] ?? { size: 10, fault: undefined, replay: false };
            const batch = records.slice(position, position + s.size);
            faulty.arm(s.fault);
            let failures: string[];
            try {
              failures = (await handler(streamEvent(batch), lambdaContext())).batchItemFailures.map(
                (f) => f.itemIdentifier,
              );
            } catch {
              failures = [batch[0]?.dynamodb?.SequenceNumber as string]; // the whole batch failed
            }
            faulty.arm(undefined);
            delivered.push(batch);
            // Lambda goes on from the first failed record, or past the batch.
            const first = batch.findIndex((r) => failures.includes(r.dynamodb?.SequenceNumber as string));
            position += first < 0 ? batch.length : first;
            if (s.replay) {
              const again = delivered[i % delivered.length] as DynamoDBRecord[];
              await handler(streamEvent(again), lambdaContext());
            }
          }
          expect(position).toBe(records.length);
          // A whole redelivery of everything changes nothing either.
          await handler(streamEvent(records), lambdaContext());
          for (const user of users) {
            const summary = await readSummary(
              { db: realDb(), tableName: dynamo.tables.SummariesTable as string },
              user,
            );
            expect({ ...summary, updated_at: undefined }).toEqual({ ...model.recount(user), updated_at: undefined });
          }
        },
      ),
      { seed: 20261201, numRuns: 60 },
    );
  });
});
