// The built artifact itself: what `sam build` ships and the local API loads. Sizes, no
// runtime Ajv or external packages, and a full request flow through each bundle in a fresh
// Node process against dynalite.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OperationId } from '@serverless-todo/contract';
import type { APIGatewayProxyResult } from 'aws-lambda';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lambdaFunctions, packageRoot } from '../build/lambda-stack.ts';
import { eagerOutputs } from '../build/metafile.ts';
import { type LocalDynamo, startDynamo } from './support/dynalite.ts';
import { apiEvent, type EventOptions, lambdaContext } from './support/events.ts';
import { type Answer, conforming } from './support/invoke.ts';
import { TEMPLATE_ENV } from './support/lambda-env.ts';

const MAX_BUNDLE_BYTES = 400 * 1024;
const functions = lambdaFunctions();
const outfileOf = (operationId: OperationId) =>
  functions.find((fn) => fn.operationId === operationId)?.outfile ?? `no function serves ${operationId}`;

describe.each(functions.map((fn) => [fn.logicalId, fn] as const))('%s bundle', (_id, fn) => {
  const metafile = JSON.parse(readFileSync(join(dirname(fn.outfile), 'metafile.json'), 'utf8')) as Metafile;
  const operationId = fn.operationId;

  test('loads only its own operation’s request validators (none when it serves no operation)', () => {
    // What reached the output: esbuild lists tree-shaken inputs too, with 0 bytes.
    const shipped = Object.values(metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs).flatMap(([input, { bytesInOutput }]) => (bytesInOutput > 0 ? [input] : [])),
    );
    const generated = [...new Set(shipped)].filter((input) => input.includes('contract/src/generated/'));
    const specs = generated.filter((input) => input.includes('/generated/requests/'));
    expect(specs.map((input) => input.replace(/.*generated\//, ''))).toEqual(
      operationId === null ? [] : [`requests/${operationId}.ts`],
    );
    // The whole operation table is only for the preflight, which answers for every path.
    if (fn.kind === 'http') expect(generated.filter((input) => input.endsWith('/operations.ts'))).toEqual([]);
  });

  test('what a cold start loads, and all it ships, are each ≤ 400 KB minified', () => {
    const eager = eagerOutputs(metafile, fn.outfile, packageRoot);
    const eagerBytes = eager.reduce((sum, file) => sum + (metafile.outputs[file]?.bytes ?? Number.NaN), 0);
    const totalBytes = Object.values(metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
    expect(eagerBytes).toBeLessThanOrEqual(MAX_BUNDLE_BYTES);
    expect(totalBytes).toBeLessThanOrEqual(MAX_BUNDLE_BYTES);
  });

  test('keeps the AWS SDK out of the cold path and compiles no validator at run time (no Ajv inside)', () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.filter((input) => /node_modules\/(\.pnpm\/)?ajv/.test(input))).toEqual([]);
    // DynamoDB and S3 go through the lean layer (src/aws); only the lazily loaded
    // idempotency chunk may carry the SDK's DynamoDB client.
    const eager = eagerOutputs(metafile, fn.outfile, packageRoot);
    const eagerInputs = eager.flatMap((file) => Object.keys(metafile.outputs[file]?.inputs ?? {}));
    expect(eagerInputs.filter((input) => /@aws-sdk\/client-|@smithy\//.test(input))).toEqual([]);
    if (operationId !== 'getHello' && operationId !== null)
      expect(eagerInputs.some((input) => input.includes('src/aws/dynamodb.ts'))).toBe(true);
    const external = Object.values(metafile.outputs).flatMap((output) =>
      output.imports.filter((imported) => imported.external).map((imported) => imported.path),
    );
    for (const path of external)
      expect(path).toMatch(
        /^node:|^(fs|path|os|crypto|http|https|stream|url|util|buffer|child_process|process|events|zlib|net|tls|async_hooks|worker_threads|module|perf_hooks|string_decoder|dns|querystring|timers|assert|v8|vm)(\/|$)/,
      );
  });
});

describe('a request flow through the bundles, each in a fresh Node process', () => {
  let dynamo: LocalDynamo;
  beforeAll(async () => {
    dynamo = await startDynamo();
  });
  afterAll(() => dynamo.close());

  async function run(operationId: OperationId, options: EventOptions = {}): Promise<Answer> {
    const env = {
      ...process.env,
      ...TEMPLATE_ENV,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      POWERTOOLS_METRICS_NAMESPACE: 'serverless-todo-test',
      NODE_NO_WARNINGS: '1',
    };
    const { getRemainingTimeInMillis: _, ...context } = lambdaContext();
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        [join(packageRoot, 'test/support/invoke-bundle.mjs'), outfileOf(operationId)],
        { env, timeout: 30_000 },
        (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
      );
      child.stdin?.end(JSON.stringify([[apiEvent(operationId, options), context]]));
    });
    // The bundle's metrics (EMF lines) come first, as in a function's log; the results last.
    const lines = stdout.trim().split('\n');
    const [result] = JSON.parse(lines.pop() as string) as APIGatewayProxyResult[];
    const counted = lines.map((line) => JSON.parse(line)).filter((emf) => emf._aws && emf.Requests === 1);
    expect(counted.map((emf) => emf.operation)).toEqual([operationId]);
    return conforming(operationId, result as APIGatewayProxyResult, `bundle ${operationId}`);
  }

  test('hello, create (plain and idempotent), list, get, update, delete', async () => {
    const user_id = 'bundle-user';
    expect((await run('getHello')).status).toBe(200);
    const created = await run('createTask', { pathParameters: { user_id }, body: { title: 'From the bundle' } });
    expect(created.status).toBe(201);
    const headers = { 'Idempotency-Key': 'bundle-key' };
    const once = await run('createTask', { pathParameters: { user_id }, body: { title: 'Once' }, headers });
    const replay = await run('createTask', { pathParameters: { user_id }, body: { title: 'Once' }, headers });
    expect(replay.body.task_id).toBe(once.body.task_id);
    const page = await run('listTasks', { pathParameters: { user_id }, query: { limit: '1' } });
    expect(page.body.tasks).toHaveLength(1);
    const next = await run('listTasks', { pathParameters: { user_id }, query: { cursor: page.body.next_cursor } });
    expect(next.body.tasks).toHaveLength(1);
    expect(next.body.next_cursor).toBeNull();
    const task_id = created.body.task_id as string;
    expect((await run('getTask', { pathParameters: { user_id, task_id } })).status).toBe(200);
    const updated = await run('updateTask', {
      pathParameters: { user_id, task_id },
      body: { status: 'done' },
      headers: { 'If-Match': '"1"' },
    });
    expect(updated.headers.ETag).toBe('"2"');
    expect(
      (await run('deleteTask', { pathParameters: { user_id, task_id }, headers: { 'If-Match': '"1"' } })).status,
    ).toBe(412);
    expect((await run('deleteTask', { pathParameters: { user_id, task_id } })).status).toBe(204);
    expect((await run('getTask', { pathParameters: { user_id, task_id } })).status).toBe(404);
  });
});
