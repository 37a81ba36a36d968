// Readiness of the local API: from starting its bin to the first answered GET /hello, with
// the bundles already built, interleaved with a bare `node -e 0`. Reported against the 3 s
// budget and, for scale, against the bare start.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { functionBundles } from '../lambda-bundles.ts';
import { interleave, timeProcess } from '../measure.ts';
import { type Row, ratioRow } from '../report.ts';

const BIN = fileURLToPath(new URL('../../../packages/local/bin/serverless-todo-local.js', import.meta.url));
const BUDGET_MS = 3000;
/** Polling GET /hello for at most this long before the run counts as a failure. */
const READY_WITHIN_MS = 30_000;

/** One start of the bin: ms until GET /hello answers 200. Stops it with SIGINT. */
async function startOnce(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-readiness-'));
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  try {
    while (performance.now() - started < READY_WITHIN_MS) {
      const url = /API {3}(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (url && (await fetch(`${url}/hello`).catch(() => null))?.status === 200) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`the local API was not ready within ${READY_WITHIN_MS} ms:\n${out}`);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Runs the readiness suite.
 *
 * @example
 * ```ts
 * const rows = await readinessSuite({ quick: true });
 * ```
 */
export async function readinessSuite({ quick }: { quick: boolean }): Promise<Row[]> {
  await functionBundles(); // "once built": each measured start only checks the bundles are fresh
  const run = await interleave({ bare: () => timeProcess(process.execPath, ['-e', '0']), start: startOnce }, 'bare', {
    rounds: quick ? 3 : 7,
    maxMs: quick ? 30_000 : 90_000,
  });
  const start = run.values.start!;
  const ofBudget = {
    ...start,
    median: start.median / BUDGET_MS,
    p25: start.p25 / BUDGET_MS,
    p75: start.p75 / BUDGET_MS,
  };
  return [
    ratioRow('readiness', 'local API bin to first answered request, as a share of the 3 s budget', ofBudget, {
      budget: { op: '<=', limit: 1 },
    }),
    ratioRow('readiness', 'local API bin to first answered request vs node -e 0', run.ratios.start!),
  ];
}
