// The SDK's cost to its users: throughput against raw fetch, bare openapi-fetch and
// undici.request on a loopback server (sequential and 16 concurrent), per-call overhead with
// a stub fetch (no network at all), and the size of its ESM entry.
import { gzipSync } from 'node:zlib';
import { createTodoClient } from '@serverless-todo/client';
import type { paths } from '@serverless-todo/contract';
import { build } from 'esbuild';
import createClient from 'openapi-fetch';
import { request } from 'undici';
import { ensureClientBuilt } from '../client-build.ts';
import { UnexpectedResponseError } from '../errors.ts';
import { closedLoop } from '../load.ts';
import { FIXED_TASK, startTaskServer, TASK_BODY, TASK_HEADERS } from '../loopback-server.ts';
import { interleave } from '../measure.ts';
import { type Row, ratioRow } from '../report.ts';

const TOKEN = 'header.payload.signature';
const { user_id: USER, task_id: TASK } = FIXED_TASK;
const PATH = '/users/{user_id}/tasks/{task_id}';
type Fetch = typeof globalThis.fetch;

/** The four ways to GET one task, each over `fetch` where it takes one. */
function variants(baseUrl: string, fetch: Fetch) {
  const url = `${baseUrl}/users/${USER}/tasks/${TASK}`;
  const headers = { authorization: `Bearer ${TOKEN}` };
  const sdk = createTodoClient({ baseUrl, token: TOKEN, fetch });
  const bare = createClient<paths>({ baseUrl, fetch });
  const params = { path: { user_id: USER, task_id: TASK } };
  return {
    fetch: async () => {
      const res = await fetch(url, { headers });
      if (res.status !== 200) throw new UnexpectedResponseError('fetch', 200, res.status);
      return res.json();
    },
    openapiFetch: async () => {
      const { data, response } = await bare.GET(PATH, { params, headers });
      if (!data) throw new UnexpectedResponseError('openapi-fetch', 200, response.status);
      return data;
    },
    sdk: async () => (await sdk.tasks.get(USER, TASK)).task,
    undici: async () => {
      const { statusCode, body } = await request(url, { headers });
      if (statusCode !== 200) throw new UnexpectedResponseError('undici.request', 200, statusCode);
      return body.json();
    },
  };
}

/**
 * Bytes of a package's ESM entry bundled with its dependencies, minified; `external` are left
 * out (the query package's peers: the app has them anyway).
 */
async function entrySize(name: string | string[], external: string[] = []): Promise<{ min: number; gzip: number }> {
  const contents = [name]
    .flat()
    .map((entry) => `export * from '${entry}';`)
    .join('\n');
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    external,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.length, gzip: gzipSync(code).length };
}

/**
 * Runs the client suite.
 *
 * @example
 * ```ts
 * const rows = await clientSuite({ quick: true });
 * ```
 */
export async function clientSuite({ quick }: { quick: boolean }): Promise<Row[]> {
  ensureClientBuilt();
  ensureClientBuilt('@serverless-todo/query');
  const server = await startTaskServer();
  try {
    const loopback = variants(server.url, (input, init) => globalThis.fetch(input, init));
    const rounds = { rounds: quick ? 6 : 20, maxMs: quick ? 12_000 : 60_000 };
    const sliceMs = quick ? 150 : 400;
    const load = (concurrency: number) =>
      Object.fromEntries(
        Object.entries(loopback).map(([name, call]) => [
          name,
          async () => (await closedLoop(call, { concurrency, sliceMs })).rate,
        ]),
      );
    for (const call of Object.values(loopback)) await closedLoop(call, { concurrency: 16, sliceMs: 300 });
    const seq = await interleave(load(1), 'fetch', rounds);
    const conc = await interleave(load(16), 'fetch', rounds);

    // No network: what each call costs on top of the fetch it makes.
    const stub: Fetch = async () => new Response(TASK_BODY, { status: 200, headers: TASK_HEADERS });
    const stubbed = variants('http://127.0.0.1:9', stub);
    const perCall = (call: () => Promise<unknown>) => async () =>
      1_000 / (await closedLoop(call, { concurrency: 1, sliceMs: quick ? 100 : 250 })).rate;
    for (const call of [stubbed.fetch, stubbed.sdk, stubbed.openapiFetch])
      await closedLoop(call, { concurrency: 1, sliceMs: 200 });
    const overhead = await interleave(
      { fetch: perCall(stubbed.fetch), sdk: perCall(stubbed.sdk), openapiFetch: perCall(stubbed.openapiFetch) },
      'fetch',
      { rounds: quick ? 10 : 30, maxMs: quick ? 6_000 : 30_000 },
    );
    const size = await entrySize('@serverless-todo/client');
    const attachmentsSize = await entrySize('@serverless-todo/client/attachments');
    const withAttachmentsSize = await entrySize(['@serverless-todo/client', '@serverless-todo/client/attachments']);
    const querySize = await entrySize('@serverless-todo/query', ['@serverless-todo/client', '@tanstack/query-core']);

    const suite = 'client';
    const undiciNote = 'undici 7 package; fetch is Node’s bundled undici';
    return [
      ratioRow(suite, 'SDK vs raw fetch, sequential (req/s)', seq.ratios.sdk!, { budget: { op: '>=', limit: 0.95 } }),
      ratioRow(suite, 'SDK vs raw fetch, 16 concurrent (req/s)', conc.ratios.sdk!, {
        budget: { op: '>=', limit: 0.9 },
      }),
      ratioRow(suite, 'openapi-fetch vs raw fetch, sequential (req/s)', seq.ratios.openapiFetch!),
      ratioRow(suite, 'openapi-fetch vs raw fetch, 16 concurrent (req/s)', conc.ratios.openapiFetch!),
      ratioRow(suite, 'undici.request vs raw fetch, sequential (req/s)', seq.ratios.undici!, { note: undiciNote }),
      ratioRow(suite, 'undici.request vs raw fetch, 16 concurrent (req/s)', conc.ratios.undici!, { note: undiciNote }),
      ratioRow(suite, 'per-call time, stub fetch: SDK vs raw stub + res.json()', overhead.ratios.sdk!, {
        budget: { op: '<=', limit: 1.3 },
      }),
      ratioRow(
        suite,
        'per-call time, stub fetch: openapi-fetch vs raw stub + res.json()',
        overhead.ratios.openapiFetch!,
      ),
      {
        suite: 'client size',
        name: 'ESM entry with openapi-fetch, min+gzip',
        value: size.gzip / 1024,
        unit: 'KB',
        budget: { op: '<=', limit: 4 },
        note: `${(size.min / 1024).toFixed(1)} KB minified, esbuild`,
      },
      {
        suite: 'client size',
        name: '@serverless-todo/client/attachments ESM entry on its own, min+gzip',
        value: attachmentsSize.gzip / 1024,
        unit: 'KB',
        note: `${(attachmentsSize.min / 1024).toFixed(1)} KB minified; with the core entry ${(withAttachmentsSize.gzip / 1024).toFixed(2)} KB min+gzip`,
      },
      {
        suite: 'client size',
        name: '@serverless-todo/query ESM entry without the SDK and query-core, min+gzip',
        value: querySize.gzip / 1024,
        unit: 'KB',
        budget: { op: '<=', limit: 2 },
        note: `${(querySize.min / 1024).toFixed(1)} KB minified, esbuild`,
      },
    ];
  } finally {
    await server.close();
  }
}
