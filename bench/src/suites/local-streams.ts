// What the DynamoDB Streams emulation costs the local API and how far behind its consumer
// runs: createTask at 16 concurrent clients with the stream on (writes through the capture
// proxy, every consumer of the tasks stream in template.yaml running) against the same API
// with streams off, and the time from a write to TaskStreamFunction's change event for it,
// against the write's own latency.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type LocalApi, startLocalApi } from '@serverless-todo/local';
import { Pool } from 'undici';
import { UnexpectedResponseError } from '../errors.ts';
import { closedLoop } from '../load.ts';
import { interleave } from '../measure.ts';
import { type Row, ratioRow } from '../report.ts';
import { quantile, summarize } from '../stats.ts';

const CONCURRENCY = 16;
/** Writes timed for the write-to-consumer latency, one every PACE_MS. */
const LATENCY_WRITES = 60;
const PACE_MS = 25;

/** POSTs a task over a keep-alive pool, checking for a 201; resolves with the new task's id. */
function creator(pool: Pool, user: string, token: string) {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const body = JSON.stringify({ title: 'bench' });
  return async () => {
    const { statusCode, body: answer } = await pool.request({
      method: 'POST',
      path: `/users/${user}/tasks`,
      headers,
      body,
    });
    const text = await answer.text();
    if (statusCode !== 201) throw new UnexpectedResponseError('POST via local API', 201, statusCode, { cause: text });
    return (JSON.parse(text) as { task_id: string }).task_id;
  };
}

/** Starts a local API on the real template in memory; `onLine` sees every line, function output included. */
async function start(dataDir: string, streams: boolean, onLine: (line: string) => void): Promise<LocalApi> {
  return startLocalApi({
    port: 0,
    memory: true,
    dataDir,
    streams,
    schedules: false,
    logger: onLine,
    // The latency below is read from the consumer's change events, logged at INFO.
    env: { POWERTOOLS_LOG_LEVEL: 'INFO', POWERTOOLS_METRICS_DISABLED: 'true' },
  });
}

/**
 * Runs the local-streams suite.
 *
 * @example
 * ```ts
 * const rows = await localStreamsSuite({ quick: true });
 * ```
 */
export async function localStreamsSuite({ quick }: { quick: boolean }): Promise<Row[]> {
  const dirs = [mkdtempSync(join(tmpdir(), 'bench-streams-')), mkdtempSync(join(tmpdir(), 'bench-nostreams-'))];
  const seen = new Map<string, number>();
  const onLine = (line: string) => {
    const id = /"change_event":\{[^}]*?"task_id":"([0-9a-f-]{36})"/.exec(line)?.[1];
    if (id && !seen.has(id)) seen.set(id, performance.now());
  };
  const on = await start(dirs[0] as string, true, onLine);
  const off = await start(dirs[1] as string, false, () => {});
  const pools = {
    on: new Pool(on.url, { connections: CONCURRENCY }),
    off: new Pool(off.url, { connections: CONCURRENCY }),
  };
  try {
    const calls = {
      on: creator(pools.on, 'bench-on', await on.token('bench-on')),
      off: creator(pools.off, 'bench-off', await off.token('bench-off')),
    };
    for (const call of Object.values(calls))
      await closedLoop(call, { concurrency: CONCURRENCY, sliceMs: 1_000, maxCalls: 300 });
    const sliceMs = quick ? 300 : 1_000;
    const run = await interleave(
      {
        on: async () => (await closedLoop(calls.on, { concurrency: CONCURRENCY, sliceMs })).rate,
        off: async () => (await closedLoop(calls.off, { concurrency: CONCURRENCY, sliceMs })).rate,
      },
      'off',
      { rounds: quick ? 5 : 15, maxMs: quick ? 10_000 : 60_000 },
    );
    await on.drained(120_000);

    // Paced single writes: each one's round trip, and when its change event came out.
    const writes: { id: string; sent: number; acked: number }[] = [];
    const pending: Promise<void>[] = [];
    for (let i = 0; i < (quick ? LATENCY_WRITES / 2 : LATENCY_WRITES); i++) {
      const sent = performance.now();
      pending.push(calls.on().then((id) => void writes.push({ id, sent, acked: performance.now() })));
      await new Promise((ok) => setTimeout(ok, PACE_MS));
    }
    await Promise.all(pending);
    await on.drained(60_000);
    const writeMs = writes.map((w) => w.acked - w.sent);
    const consumerMs = writes.filter((w) => seen.has(w.id)).map((w) => (seen.get(w.id) as number) - w.sent);
    if (consumerMs.length < writes.length)
      throw new Error(`${writes.length - consumerMs.length} writes never reached the consumer`);
    const ms = (values: number[], q: number) => `${quantile(values, q).toFixed(0)} ms`;
    const suite = 'local streams';
    const one = (value: number) => summarize([value]);
    return [
      ratioRow(suite, `createTask at ${CONCURRENCY} concurrent: stream on vs off (req/s)`, run.ratios.on!, {
        budget: { op: '>=', limit: 0.8 },
        note: `${Math.round(run.values.on!.median)} vs ${Math.round(run.values.off!.median)} req/s; on = capture proxy + every consumer of the tasks stream in template.yaml`,
      }),
      ratioRow(
        suite,
        'write → consumer p50 vs the write’s own p50',
        one(quantile(consumerMs, 0.5) / quantile(writeMs, 0.5)),
        {
          note: `${ms(consumerMs, 0.5)} vs ${ms(writeMs, 0.5)}; the template's 1 s batching window dominates`,
        },
      ),
      ratioRow(
        suite,
        'write → consumer p99 vs the write’s own p99',
        one(quantile(consumerMs, 0.99) / quantile(writeMs, 0.99)),
        {
          note: `${ms(consumerMs, 0.99)} vs ${ms(writeMs, 0.99)}`,
        },
      ),
    ];
  } finally {
    await Promise.all([pools.on.close(), pools.off.close()]);
    await Promise.all([on.stop(), off.stop()]);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}
