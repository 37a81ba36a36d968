// Asynchronous delivery: one invocation per record, Lambda's two retries, then dropped;
// drain() ends the retries without sitting out their waits.
import type { S3EventRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { InvokeOutcome } from '../../src/gateway/function-runtime.ts';
import { AsyncDelivery, type Invoker } from '../../src/s3/delivery.ts';

const record = {
  eventName: 'ObjectCreated:Put',
  s3: { bucket: { name: 'b' }, object: { key: 'k' } },
} as S3EventRecord;
const ok: InvokeOutcome = { kind: 'result', value: null };
const error: InvokeOutcome = { kind: 'error', error: { errorType: 'Error', errorMessage: 'no', stack: [] } };
const timeout: InvokeOutcome = { kind: 'timeout' };

/** A runtime that answers with `outcomes` in turn and notes each event it gets. */
function scripted(outcomes: InvokeOutcome[]): Invoker & { events: unknown[] } {
  const events: unknown[] = [];
  return {
    events,
    invoke: async (event) => {
      events.push(event);
      return outcomes[events.length - 1] ?? ok;
    },
  };
}

describe('AsyncDelivery', () => {
  it.each([
    ['succeeds at once', { given: [ok], invocations: 1, dropped: false }],
    ['fails once, then succeeds', { given: [error, ok], invocations: 2, dropped: false }],
    ['times out twice, then succeeds', { given: [timeout, timeout, ok], invocations: 3, dropped: false }],
    ['always fails', { given: [error, error, error, ok], invocations: 3, dropped: true }],
  ])('a function that %s', async (_, { given, invocations, dropped }) => {
    const lines: string[] = [];
    const delivery = new AsyncDelivery((line) => lines.push(line), [0, 0]);
    const runtime = scripted(given);
    delivery.deliver(runtime, 'Fn', record);
    // Wait for the delivery to settle: after its last attempt it logs a final line.
    for (let i = 0; i < 200 && !lines.some((l) => !l.includes('failed (attempt')); i++) {
      await new Promise((done) => setTimeout(done, 5));
    }
    await delivery.drain();
    expect(runtime.events).toHaveLength(invocations);
    expect(runtime.events.every((e) => JSON.stringify(e) === JSON.stringify({ Records: [record] }))).toBe(true);
    expect(lines.some((l) => l.includes('dropped after 2 retries'))).toBe(dropped);
  });

  it('drain() stops a delivery waiting to retry, at once', async () => {
    const lines: string[] = [];
    const delivery = new AsyncDelivery((line) => lines.push(line), [3_600_000]);
    const runtime = scripted([error]);
    delivery.deliver(runtime, 'Fn', record);
    for (let i = 0; i < 200 && lines.length === 0; i++) await new Promise((done) => setTimeout(done, 5));
    await delivery.drain(); // would hang for an hour if it sat out the wait (the test times out)
    expect(runtime.events).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/not delivered, the local API stopped/);
  });
});
