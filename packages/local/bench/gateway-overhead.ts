// Gateway overhead: the same getTask request, 16 concurrent clients, same dynalite, either
// through the whole local API (HTTP → gateway → worker environment → bundle) or by calling
// the bundle's handler directly with the event the gateway would build. The HTTP clients run
// in their own process (http-client.mjs), as real clients do. Rounds alternate A/B so drift
// hits both; the figure is the ratio of median mean-latencies.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Task } from '@serverless-todo/contract';
import { distPath } from '@serverless-todo/lambda/template';
import { proxyEvent } from '../src/gateway/proxy-event.ts';
import { startLocalApi } from '../src/index.ts';
import { tempDir } from '../test/helpers/fixture-api.ts';

const CLIENTS = Number(process.env.CLIENTS ?? 16);
const PER_ROUND = Number(process.env.PER_ROUND ?? 1600);
const ROUNDS = Number(process.env.ROUNDS ?? 6);
const env = { POWERTOOLS_LOG_LEVEL: 'ERROR' };

const data = tempDir();
const api = await startLocalApi({ port: 0, memory: true, dataDir: data.dir, quiet: true, env });
const token = await api.token('bench');
const created = await fetch(`${api.url}/users/bench/tasks`, {
  method: 'POST',
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  body: JSON.stringify({ title: 'bench' }),
});
const task = (await created.json()) as Task;
const path = `/users/bench/tasks/${task.task_id}`;

// The direct path: the same bundle in this thread, with the env the gateway gives it.
Object.assign(process.env, {
  ...env,
  TABLE_NAME: 'TasksTable',
  CORS_ALLOW_ORIGINS: '*',
  POWERTOOLS_SERVICE_NAME: 'serverless-todo',
  DYNAMODB_ENDPOINT: api.dynamoEndpoint,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});
const bundle = await import(pathToFileURL(join(distPath, 'getTask', 'index.mjs')).href);
const claims = { sub: 'bench', token_use: 'id' };
const route = {
  method: 'GET',
  resource: '/users/{user_id}/tasks/{task_id}',
  functionId: 'GetTaskFunction',
  authorizer: 'CognitoAuthorizer',
};
const direct = async () => {
  const requestId = randomUUID();
  const event = proxyEvent(
    {
      method: 'GET',
      path,
      query: '',
      rawHeaders: ['Authorization', `Bearer ${token}`, 'Host', '127.0.0.1'],
      body: null,
      sourceIp: '127.0.0.1',
      requestId,
      startedAt: Date.now(),
    },
    { route, pathParameters: { user_id: 'bench', task_id: task.task_id }, claims, stage: 'dev', binaryMediaTypes: [] },
  );
  const context = {
    awsRequestId: randomUUID(),
    functionName: 'GetTaskFunction',
    memoryLimitInMB: '512',
    getRemainingTimeInMillis: () => 10_000,
  };
  const result = await bundle.handler(event, context);
  if (result.statusCode !== 200) throw new Error(`direct call answered ${result.statusCode}`);
};
const clients = fork(join(import.meta.dirname, 'http-client.mjs'), [
  `${api.url}${path}`,
  token,
  String(CLIENTS),
  String(PER_ROUND),
]);
const viaGateway = () =>
  new Promise<number>((resolve) => {
    clients.once('message', (mean) => resolve(mean as number));
    clients.send('round');
  });

/** Mean latency (ms) of PER_ROUND requests run by CLIENTS concurrent loops. */
async function round(call: () => Promise<void>): Promise<number> {
  let next = 0;
  let total = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < PER_ROUND) {
        next++;
        const started = performance.now();
        await call();
        total += performance.now() - started;
      }
    }),
  );
  return total / PER_ROUND;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
// Warm both paths (cold starts, JIT, connections) before measuring.
for (let i = 0; i < 2; i++) {
  await round(direct);
  await viaGateway();
}
const a: number[] = [];
const b: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  a.push(await round(direct));
  b.push(await viaGateway());
}
clients.send('exit');
await api.stop();
data.remove();
const ratio = median(b) / median(a);
console.log(`getTask, ${CLIENTS} clients, ${ROUNDS}×${PER_ROUND} requests per path`);
console.log(`direct handler call: ${median(a).toFixed(2)} ms mean latency (median of rounds)`);
console.log(`through the local API: ${median(b).toFixed(2)} ms`);
console.log(`gateway overhead: ${ratio.toFixed(2)}× (budget ≤ 1.15×)`);
process.exit(0);
