// Throughput and per-call overhead of the SDK against raw fetch and bare openapi-fetch.
// Loopback node:http server on 127.0.0.1; bounded loops; the variants are interleaved in
// shuffled order in every round, and each figure is the median of per-round ratios, so a
// machine that slows down mid-run skews all variants alike. Run `pnpm build` first.
// Usage: node bench/throughput.mjs [rounds=15] [requests=600]
import http from 'node:http';
import createClient from 'openapi-fetch';
import { createTodoClient } from '../dist/index.js';

const rounds = Number(process.argv[2] ?? 15);
const requests = Number(process.argv[3] ?? 600);
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

// Requests per second of one variant, `concurrency` callers in parallel.
async function rate(call, count, concurrency) {
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
  return count / ((performance.now() - t0) / 1000);
}

const median = (values) => values.toSorted((a, b) => a - b)[values.length >> 1];
const shuffled = (list) =>
  list
    .map((x) => [Math.random(), x])
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x);

async function measure(label, set, count, concurrency) {
  const names = Object.keys(set);
  for (const name of names) await rate(set[name], Math.min(count, 200), concurrency); // warm-up
  const ratios = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    const round = {};
    for (const name of shuffled(names)) round[name] = await rate(set[name], count, concurrency);
    for (const name of names) ratios[name].push(round[name] / round['raw fetch']);
  }
  const line = names.map((n) => `${n} ${median(ratios[n]).toFixed(3)}`).join('  ');
  console.log(`${label}: ${line}`);
  return Object.fromEntries(names.map((n) => [n, median(ratios[n])]));
}

console.log(`node ${process.version}, ${rounds} rounds, medians of ratios to raw fetch (throughput: higher is better)`);
await measure('loopback, sequential    ', loopback, requests, 1);
await measure('loopback, 16 concurrent ', loopback, requests, 16);
const overhead = await measure('stub fetch, sequential  ', stub, stubCalls, 1);
console.log(
  `per-call time vs raw fetch + res.json() (lower is better): sdk ${(1 / overhead.sdk).toFixed(3)}, openapi-fetch ${(1 / overhead['openapi-fetch']).toFixed(3)}`,
);
server.close();
