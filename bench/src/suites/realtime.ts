// How long a REST write takes to reach a subscriber on the local API: paced createTask calls,
// each timed from send to its 201 and from send to the `task.created` event on a socket the
// owner holds open. The event's path is the write, the stream emulation (with
// no batching window on the fan-out's source), RealtimeFanoutFunction and PostToConnection back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { assertServerMessage, realtimeUrl } from '@serverless-todo/contract/realtime';
import { startLocalApi } from '@serverless-todo/local';
import { Pool } from 'undici';
import WebSocket from 'ws';
import { UnexpectedResponseError } from '../errors.ts';
import { type Row, ratioRow } from '../report.ts';
import { quantile, summarize } from '../stats.ts';

/** Writes timed, one every PACE_MS; paced so that each event is measured, not a queue. */
const WRITES = 80;
const PACE_MS = 40;
const USER = 'bench-realtime';

/** Opens the owner's socket and resolves once the gateway has accepted it. */
function subscribe(url: string, onCreated: (taskId: string) => void): Promise<WebSocket> {
  const socket = new WebSocket(url);
  socket.on('message', (data) => {
    const message: unknown = JSON.parse(String(data));
    assertServerMessage(message);
    if (message.type === 'task.created') onCreated(message.task_id);
  });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    socket.once('error', reject);
  });
}

/**
 * Runs the realtime suite.
 *
 * @example
 * ```ts
 * const rows = await realtimeSuite({ quick: true });
 * ```
 */
export async function realtimeSuite({ quick }: { quick: boolean }): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-realtime-'));
  const api = await startLocalApi({
    port: 0,
    memory: true,
    dataDir,
    schedules: false,
    logger: () => {},
    env: { POWERTOOLS_METRICS_DISABLED: 'true' },
  });
  const pool = new Pool(api.url, { connections: 4 });
  let socket: WebSocket | undefined;
  try {
    if (!api.realtimeUrl) throw new Error('the template has no WebSocket API');
    const token = await api.token(USER);
    const received = new Map<string, number>();
    socket = await subscribe(realtimeUrl(api.realtimeUrl, token), (id) => {
      if (!received.has(id)) received.set(id, performance.now());
    });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const create = async () => {
      const { statusCode, body } = await pool.request({
        method: 'POST',
        path: `/users/${USER}/tasks`,
        headers,
        body: JSON.stringify({ title: 'bench' }),
      });
      const text = await body.text();
      if (statusCode !== 201) throw new UnexpectedResponseError('POST via local API', 201, statusCode, { cause: text });
      return (JSON.parse(text) as { task_id: string }).task_id;
    };
    // Warm every function on the path (write, stream consumer, fan-out) before timing.
    for (let i = 0; i < 3; i++) await create();
    await api.drained(60_000);

    const writes: { id: string; sent: number; acked: number }[] = [];
    const pending: Promise<void>[] = [];
    for (let i = 0; i < (quick ? WRITES / 4 : WRITES); i++) {
      const sent = performance.now();
      pending.push(create().then((id) => void writes.push({ id, sent, acked: performance.now() })));
      await new Promise((ok) => setTimeout(ok, PACE_MS));
    }
    await Promise.all(pending);
    await api.drained(60_000);
    // The fan-out posts after the consumer's batch; give the last frames a moment to land.
    const deadline = performance.now() + 5_000;
    while (writes.some((w) => !received.has(w.id)) && performance.now() < deadline)
      await new Promise((ok) => setTimeout(ok, 50));
    const missing = writes.filter((w) => !received.has(w.id)).length;
    if (missing > 0) throw new Error(`${missing} of ${writes.length} writes never reached the subscriber`);

    const writeMs = writes.map((w) => w.acked - w.sent);
    const eventMs = writes.map((w) => (received.get(w.id) as number) - w.sent);
    const ms = (values: number[], q: number) => `${quantile(values, q).toFixed(0)} ms`;
    const one = (value: number) => summarize([value]);
    const suite = 'realtime';
    return [
      ratioRow(
        suite,
        'write → event on the owner’s socket, p50 vs the write’s own p50',
        one(quantile(eventMs, 0.5) / quantile(writeMs, 0.5)),
        {
          note: `${ms(eventMs, 0.5)} vs ${ms(writeMs, 0.5)} over ${writes.length} paced writes; the fan-out's stream source has no batching window`,
        },
      ),
      ratioRow(
        suite,
        'write → event on the owner’s socket, p99 vs the write’s own p99',
        one(quantile(eventMs, 0.99) / quantile(writeMs, 0.99)),
        {
          note: `${ms(eventMs, 0.99)} vs ${ms(writeMs, 0.99)}`,
        },
      ),
    ];
  } finally {
    socket?.terminate();
    await pool.close();
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
