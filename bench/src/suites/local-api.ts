// The local API's gateway overhead: getTask at 16 concurrent clients end to end (HTTP →
// gateway emulation → a worker environment → the bundle) against calling the same bundle's
// handler directly in this process, both on the same dynalite. Requests/s is the budget;
// p50 and p99 latency ratios come from the same rounds. A third variant, a plain node:http
// server calling the handler in-process, shows how much of the gap is HTTP itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { startLocalApi } from '@serverless-todo/local';
import { Pool } from 'undici';
import { dynamoWorld } from '../dynamo-world.ts';
import { UnexpectedResponseError } from '../errors.ts';
import { handlerCalls } from '../handler-calls.ts';
import { startHandlerServer } from '../handler-server.ts';
import { LAMBDA_ENV } from '../lambda-bundles.ts';
import { closedLoop } from '../load.ts';
import { interleave } from '../measure.ts';
import { type Row, ratioRow } from '../report.ts';
import { taskItem } from '../seed.ts';
import { quantile, summarize } from '../stats.ts';

const USER = 'bench-local';
const CONCURRENCY = 16;
type Variant = 'direct' | 'http' | 'gateway';

/** GETs `path` over a pool of keep-alive connections, checking for a 200. */
function getter(pool: Pool, path: string, headers: Record<string, string>, what: string) {
  return async () => {
    const { statusCode, body } = await pool.request({ method: 'GET', path, headers });
    const text = await body.text();
    if (statusCode !== 200) throw new UnexpectedResponseError(what, 200, statusCode, { cause: text });
  };
}

/**
 * Runs the local-API suite.
 *
 * @example
 * ```ts
 * const rows = await localApiSuite({ quick: true });
 * ```
 */
export async function localApiSuite({ quick }: { quick: boolean }): Promise<Row[]> {
  const world = await dynamoWorld();
  const task = taskItem(USER, 0);
  await world.client.send(new PutCommand({ TableName: world.tableName, Item: task }));
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-local-'));
  // The functions behind the gateway use this run's dynalite and settings, like the direct calls.
  const api = await startLocalApi({
    port: 0,
    memory: true,
    quiet: true,
    dataDir,
    env: {
      DYNAMODB_ENDPOINT: world.endpoint,
      AWS_ENDPOINT_URL_DYNAMODB: world.endpoint,
      TABLE_NAME: world.tableName,
      CURSOR_SECRET: LAMBDA_ENV.CURSOR_SECRET as string,
      POWERTOOLS_LOG_LEVEL: 'SILENT',
    },
  });
  const plain = await startHandlerServer(world.handler('getTask'));
  const gatewayPool = new Pool(api.url, { connections: CONCURRENCY });
  const plainPool = new Pool(plain.url, { connections: CONCURRENCY });
  try {
    const path = `/users/${USER}/tasks/${task.task_id}`;
    const handlers = handlerCalls(world);
    const calls: Record<Variant, () => Promise<void>> = {
      direct: () => handlers.get(USER, task.task_id),
      http: getter(plainPool, path, {}, 'GET through a plain node:http server'),
      gateway: getter(gatewayPool, path, { authorization: `Bearer ${await api.token(USER)}` }, 'GET via local API'),
    };
    // Warm: the gateway's environments start cold, and every path needs its connections.
    for (const call of Object.values(calls))
      await closedLoop(call, { concurrency: CONCURRENCY, sliceMs: 1_000, maxCalls: 300 });

    const sliceMs = quick ? 300 : 1_000;
    const p50: Record<Variant, number[]> = { direct: [], http: [], gateway: [] };
    const p99: Record<Variant, number[]> = { direct: [], http: [], gateway: [] };
    const rates: Record<Variant, number[]> = { direct: [], http: [], gateway: [] };
    const measured = (name: Variant) => async () => {
      const { rate, latencies } = await closedLoop(calls[name], { concurrency: CONCURRENCY, sliceMs });
      p50[name].push(quantile(latencies, 0.5));
      p99[name].push(quantile(latencies, 0.99));
      rates[name].push(rate);
      return rate;
    };
    const run = await interleave(
      { direct: measured('direct'), http: measured('http'), gateway: measured('gateway') },
      'direct',
      { rounds: quick ? 5 : 20, maxMs: quick ? 10_000 : 90_000 },
    );
    // interleave runs whole rounds, so the i-th samples of every variant come from one round.
    const ratio = (values: Record<Variant, number[]>, a: Variant, b: Variant) =>
      summarize(values[a].map((v, i) => v / (values[b][i] as number)));
    const ms = (values: number[]) => `${quantile(values, 0.5).toFixed(1)} ms`;
    const rps = (name: Variant) => Math.round(run.values[name]!.median);
    const suite = 'local API';
    return [
      ratioRow(suite, `getTask at ${CONCURRENCY} concurrent: gateway vs direct handler (req/s)`, run.ratios.gateway!, {
        budget: { op: '>=', limit: 0.85 },
        note: `${rps('gateway')} vs ${rps('direct')} req/s this run; same dynalite`,
      }),
      ratioRow(suite, 'p50 latency: gateway vs direct handler', ratio(p50, 'gateway', 'direct'), {
        note: `${ms(p50.gateway)} vs ${ms(p50.direct)}`,
      }),
      ratioRow(suite, 'p99 latency: gateway vs direct handler', ratio(p99, 'gateway', 'direct'), {
        note: `${ms(p99.gateway)} vs ${ms(p99.direct)}`,
      }),
      ratioRow(suite, 'plain node:http server + handler vs direct handler (req/s)', run.ratios.http!, {
        note: 'the HTTP hop alone, no emulation',
      }),
      ratioRow(suite, 'gateway vs plain node:http server + handler (req/s)', ratio(rates, 'gateway', 'http'), {
        note: 'what the emulation adds beyond HTTP: auth, event, worker',
      }),
    ];
  } finally {
    await Promise.all([gatewayPool.close(), plainPool.close()]);
    await Promise.all([api.stop(), plain.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
