// Throughput and per-call overhead of the SDK against raw fetch and bare openapi-fetch, on a
// loopback node:http server (127.0.0.1) and with a stub fetch. Bounded loops; variants are
// interleaved in small shuffled blocks; figures are medians of per-round ratios. Run
// `pnpm build` first.
// Usage: node bench/throughput.mjs [rounds=15] [requests=640]
import http from 'node:http';
import createClient from 'openapi-fetch';
import { createTodoClient } from '../dist/index.js';

const rounds = Number(process.argv[2] ?? 15);
const requests = Number(process.argv[3] ?? 640);
const stubCalls = 4000;

const task = {
  user_id: 'u1',
  task_id: '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70',
  title: 'Learn AWS Lambda',
  description: 'Complete the serverless tutorial',
  status: 'pending',
  due_date: null,
  created_at: '2026-11-26T09:30:00.000Z',
  updated_at: '2026-11-26T09:30:00.000Z',
  version: 1,
};
const body = JSON.stringify(task);
const responseHeaders = {
  'content-type': 'application/json',
  'content-length': String(Buffer.byteLength(body)),
  etag: '"1"',
  'x-request-id': 'r-1',
  'cache-control': 'no-store',
};

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, responseHeaders).end(body));
});
server.keepAliveTimeout = 60_000;
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const path = `/users/u1/tasks/${task.task_id}`;
const params = { path: { user_id: 'u1', task_id: task.task_id } };
const token = 'header.payload.signature';

// One fetch per test; `fetchFor(f)` builds the three variants over it.
const variants = (fetch) => {
  const sdk = createTodoClient({ baseUrl, token, fetch });
  const bare = createClient({ baseUrl, fetch: (request) => fetch(request) });
  return {
    'raw fetch': async () => (await fetch(baseUrl + path, { headers: { authorization: `Bearer ${token}` } })).json(),
    'openapi-fetch': async () =>
      (await bare.GET('/users/{user_id}/tasks/{task_id}', { params, headers: { authorization: `Bearer ${token}` } }))
        .data,
    sdk: async () => (await sdk.tasks.get('u1', task.task_id)).task,
  };
};

const loopback = variants((input, init) => globalThis.fetch(input, init));
const stub = variants(async () => new Response(body, { status: 200, headers: responseHeaders }));

// Time `count` calls of one variant, `concurrency` callers in parallel.
async function time(call, count, concurrency) {
  let started = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started < count) {
        started++;
        await call();
      }
    }),
  );
  return performance.now() - t0;
}

const median = (values) => values.toSorted((a, b) => a - b)[values.length >> 1];
const shuffled = (list) =>
  list
    .map((x) => [Math.random(), x])
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x);

// Each round runs many small blocks of every variant in shuffled order, so that all variants
// share the machine's load alike (other processes run on these 2 cores); a round's ratio is
// total time of raw fetch / total time of the variant, and the figure is the median round.
async function measure(label, set, { block, blocks, concurrency }) {
  const names = Object.keys(set);
  for (const name of names) await time(set[name], block * 4, concurrency); // warm-up
  const ratios = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    const total = Object.fromEntries(names.map((n) => [n, 0]));
    for (let b = 0; b < blocks; b++) {
      for (const name of shuffled(names)) total[name] += await time(set[name], block, concurrency);
    }
    for (const name of names) ratios[name].push(total['raw fetch'] / total[name]);
  }
  const line = names.map((n) => `${n} ${median(ratios[n]).toFixed(3)}`).join('  ');
  console.log(`${label}: ${line}`);
  return Object.fromEntries(names.map((n) => [n, median(ratios[n])]));
}

console.log(`node ${process.version}, ${rounds} rounds, medians of ratios to raw fetch (throughput: higher is better)`);
await measure('loopback, sequential    ', loopback, { block: 10, blocks: requests / 10, concurrency: 1 });
await measure('loopback, 16 concurrent ', loopback, { block: 32, blocks: requests / 32, concurrency: 16 });
const overhead = await measure('stub fetch, sequential  ', stub, { block: 50, blocks: stubCalls / 50, concurrency: 1 });
console.log(
  `per-call time vs raw fetch + res.json() (lower is better): sdk ${(1 / overhead.sdk).toFixed(3)}, openapi-fetch ${(1 / overhead['openapi-fetch']).toFixed(3)}`,
);
server.close();
