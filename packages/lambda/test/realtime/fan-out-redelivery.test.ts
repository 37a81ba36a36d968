// The fan-out's handler (RealtimeFanoutFunction, wrapped in changes/in-order.ts) when a part of
// a batch fails, against dynalite and a loopback @connections endpoint. A failed connections
// read fails its record and every one after it, and Lambda's redelivery of those records
// completes the batch with every event once on every connection; a connection that answers
// 500 loses its event alone (best-effort, as asyncapi.yaml says) and fails nothing.
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { assertServerMessage } from '@serverless-todo/contract/realtime';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AwsResponse } from '../../src/aws/signed-request.ts';
import type { StreamHandler } from '../../src/changes/in-order.ts';
import { type ConnectionsEndpoint, startConnectionsEndpoint } from '../support/connections-endpoint.ts';
import { type LocalDynamo, startDynamo } from '../support/dynalite.ts';
import { lambdaContext } from '../support/events.ts';
import { errorAnswer, type Fault, injectFault, pause } from '../support/faults.ts';
import { useLambdaEnv } from '../support/lambda-env.ts';
import { streamEvent, TaskStreamModel } from '../support/stream-records.ts';

const TableName = 'ConnectionsTable';
let dynamo: LocalDynamo;
let endpoint: ConnectionsEndpoint;
let handler: StreamHandler;
let addFault: (fault: Fault) => () => void;
let removeFault = () => {};

/** Stores open connections of `userId` in the connections table, as $connect does. */
async function connect(userId: string, ...connectionIds: string[]) {
  for (const connection_id of connectionIds) {
    await dynamo.client.send(
      new PutCommand({ TableName, Item: { user_id: userId, connection_id, connected_at: 'x', expires_at: 0 } }),
    );
  }
}

const stored = async (userId: string) =>
  (
    (
      await dynamo.client.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'user_id = :u',
          ExpressionAttributeValues: { ':u': userId },
        }),
      )
    ).Items ?? []
  ).map((item) => item.connection_id as string);

/** What a connection received, as [type, task_id, version], each checked against asyncapi.yaml. */
function heard(connectionId: string): [string, string, number][] {
  return (endpoint.received.get(connectionId) ?? []).map((message) => {
    assertServerMessage(message);
    const event = message as { type: string; task_id: string; version: number };
    return [event.type, event.task_id, event.version];
  });
}

/** Records → the events each owner connection must hear, in order. */
const events = (records: readonly DynamoDBRecord[]) =>
  records.map((record): [string, string, number] => {
    const kind = { INSERT: 'task.created', MODIFY: 'task.updated', REMOVE: 'task.deleted' }[
      record.eventName ?? 'INSERT'
    ]!;
    const image = (record.dynamodb?.NewImage ?? record.dynamodb?.OldImage)!;
    return [kind, image.task_id!.S!, Number(image.version!.N)];
  });

const sequences = (records: readonly DynamoDBRecord[]) => records.map((r) => r.dynamodb?.SequenceNumber);

/**
 * A fault on the `failing`-th Query of the connections table (counted by first attempts):
 * every attempt of that one call gets `answer`; all other calls reach dynalite.
 */
function failQuery(failing: number, answer: AwsResponse, hold = 0) {
  const seen = { calls: 0, failedAttempts: 0 };
  let current = 0;
  removeFault = addFault(async (attempt, send) => {
    if (attempt.operation !== 'Query' || attempt.tableName !== TableName) return send();
    if (attempt.attempt === 1) current = ++seen.calls;
    if (current !== failing) return send();
    seen.failedAttempts++;
    if (hold > 0) await pause(hold);
    return answer;
  });
  return seen;
}

beforeAll(async () => {
  dynamo = await startDynamo();
  endpoint = await startConnectionsEndpoint();
  // Dev mode sends Powertools' output through the global console, where the tests read it.
  useLambdaEnv(dynamo, { CONNECTIONS_ENDPOINT: endpoint.url, POWERTOOLS_DEV: 'true', POWERTOOLS_LOG_LEVEL: 'WARN' });
  // Imported only now: the modules read the environment when they are first evaluated.
  ({ handler } = await import('../../src/handlers/realtime-fanout.ts'));
  const { dynamodb } = await import('../../src/aws/dynamodb.ts');
  addFault = (fault) => injectFault(dynamodb, fault);
});
afterAll(async () => {
  await endpoint.close();
  await dynamo.close();
});
beforeEach(() => {
  endpoint.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  removeFault();
  removeFault = () => {};
  vi.restoreAllMocks();
});

describe('a failed connections read', () => {
  // The batch: ann, ann, ben, ann, ben, ann. Its reads: ann's (1st Query, at record 0), ben's (2nd, at record 2).
  const failures: [string, { answer: AwsResponse; attempts: number; query: number; record: number }][] = [
    [
      'a non-retryable error (AccessDeniedException)',
      { answer: errorAnswer('AccessDeniedException', 'not authorized'), attempts: 1, query: 2, record: 2 },
    ],
    [
      'a 500 on every attempt (retries exhausted)',
      { answer: errorAnswer('InternalServerError', 'internal', 500), attempts: 3, query: 2, record: 2 },
    ],
    [
      'an error on the batch’s first record',
      { answer: errorAnswer('AccessDeniedException', 'not authorized'), attempts: 1, query: 1, record: 0 },
    ],
  ];
  it.each(failures)(
    'by %s fails its record and the later ones; their redelivery sends each event once',
    async (name, { answer, attempts, query, record }) => {
      const [ann, ben] = [`ann-${query}-${attempts}`, `ben-${query}-${attempts}`];
      await connect(ann, `${ann}-phone`, `${ann}-laptop`);
      await connect(ben, `${ben}-phone`);
      const model = new TaskStreamModel();
      const a = model.create(ann, 'pending');
      model.update(a, 'in_progress');
      const b = model.create(ben, 'pending');
      model.update(a, 'done');
      model.update(b, 'done');
      model.delete(a);
      const records = model.records;
      const owned = (userId: string, list: readonly DynamoDBRecord[]) =>
        list.filter((r) => r.dynamodb?.Keys?.user_id?.S === userId);

      const seen = failQuery(query, answer);
      const first = await handler(streamEvent(records), lambdaContext());
      removeFault();
      expect(seen.failedAttempts, name).toBe(attempts);
      expect(first.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(sequences(records.slice(record)));
      for (const connection of [`${ann}-phone`, `${ann}-laptop`]) {
        expect(heard(connection)).toEqual(events(owned(ann, records.slice(0, record))));
      }
      expect(heard(`${ben}-phone`)).toEqual([]);

      // Lambda's retry: the batch again from the first reported record.
      const reported = new Set(first.batchItemFailures.map((f) => f.itemIdentifier));
      const retry = await handler(
        streamEvent(records.filter((r) => reported.has(r.dynamodb!.SequenceNumber!))),
        lambdaContext(),
      );
      expect(retry.batchItemFailures).toEqual([]);
      for (const connection of [`${ann}-phone`, `${ann}-laptop`]) {
        expect(heard(connection)).toEqual(events(owned(ann, records)));
      }
      expect(heard(`${ben}-phone`)).toEqual(events(owned(ben, records)));
      // The failed record is logged by its sequence number.
      const logged = vi.mocked(console.error).mock.calls.map((call) => JSON.parse(String(call[0])));
      expect(logged).toEqual([
        expect.objectContaining({
          message: 'stream record failed',
          sequence_number: records[record]!.dynamodb!.SequenceNumber,
        }),
      ]);
    },
  );
});

describe('a connection that answers 500', () => {
  it('loses its event alone after the retries: the others get it, nothing fails, the log names no body or token', async () => {
    await connect('cat', 'cat-phone', 'cat-laptop', 'cat-broken');
    endpoint.broken.add('cat-broken');
    const model = new TaskStreamModel();
    const task = model.create('cat', 'pending');
    model.update(task, 'done');

    const result = await handler(streamEvent(model.records), lambdaContext());
    expect(result.batchItemFailures).toEqual([]);
    for (const connection of ['cat-phone', 'cat-laptop']) expect(heard(connection)).toEqual(events(model.records));
    expect(heard('cat-broken')).toEqual([]);
    // Three attempts (the SDK's standard retries) per event, then it is given up on.
    expect(endpoint.attempts.get('cat-broken')).toBe(3 * model.records.length);
    // Not gone: only a 410 removes a connection.
    expect((await stored('cat')).sort()).toEqual(['cat-broken', 'cat-laptop', 'cat-phone']);

    const warnings = vi.mocked(console.warn).mock.calls.map((call) => String(call[0]));
    expect(warnings).toHaveLength(model.records.length);
    for (const line of warnings) {
      expect(JSON.parse(line)).toMatchObject({
        level: 'WARN',
        message: 'realtime event not delivered',
        connection_id: 'cat-broken',
        type: expect.stringMatching(/^task\.(created|updated)$/),
      });
      // Neither the message it carried, nor the signature, nor what the endpoint answered.
      for (const secret of [...endpoint.bodies, 'Signature=', '"title"', 'Internal"']) {
        expect(line).not.toContain(secret);
      }
    }
  });
});

describe('one batch', () => {
  it('reads each owner’s connections once, and skips one that answered 410 for the rest of the batch', async () => {
    await connect('dee', 'dee-phone', 'dee-gone');
    await connect('eli', 'eli-phone');
    endpoint.gone.add('dee-gone');
    const model = new TaskStreamModel();
    const d = model.create('dee', 'pending');
    const e = model.create('eli', 'pending');
    model.update(d, 'done');
    model.update(e, 'done');
    model.delete(d);
    const seen = failQuery(0, errorAnswer('Unused', 'never answered'));

    expect((await handler(streamEvent(model.records), lambdaContext())).batchItemFailures).toEqual([]);
    expect(seen.calls).toBe(2);
    expect(endpoint.attempts.get('dee-gone')).toBe(1);
    expect(await stored('dee')).toEqual(['dee-phone']);
    expect(heard('dee-phone')).toEqual(events(model.records.filter((r) => r.dynamodb?.Keys?.user_id?.S === 'dee')));
    expect(heard('eli-phone')).toEqual(events(model.records.filter((r) => r.dynamodb?.Keys?.user_id?.S === 'eli')));
  });

  it('reports its own failures while another batch runs in the same environment (the local API runs both mappings at once)', async () => {
    await connect('fay', 'fay-phone');
    await connect('gus', 'gus-phone');
    const model = new TaskStreamModel();
    const f = model.create('fay', 'pending');
    const g = model.create('gus', 'pending');
    model.update(f, 'done');
    model.update(g, 'done');
    const fays = model.records.filter((r) => r.dynamodb?.Keys?.user_id?.S === 'fay');
    const guss = model.records.filter((r) => r.dynamodb?.Keys?.user_id?.S === 'gus');
    // fay's batch starts first: its read is the first Query, held while gus's batch runs, then refused.
    failQuery(1, errorAnswer('AccessDeniedException', 'not authorized'), 50);

    const [fayResult, gusResult] = await Promise.all([
      handler(streamEvent(fays), lambdaContext()),
      handler(streamEvent(guss), lambdaContext()),
    ]);
    expect(fayResult.batchItemFailures.map((x) => x.itemIdentifier)).toEqual(sequences(fays));
    expect(gusResult.batchItemFailures).toEqual([]);
    expect(heard('fay-phone')).toEqual([]);
    expect(heard('gus-phone')).toEqual(events(guss));
  });
});
