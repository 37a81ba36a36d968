// Readiness: from typing the start command to the first answered request, with the bundles
// already built. Runs the CLI as `pnpm start` does (through pnpm) and directly with node,
// polls GET /hello on the printed port, and reports the median of RUNS against the 3 s budget.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBundles } from '../src/build/ensure-bundles.ts';
import { tempDir } from '../test/helpers/fixture-api.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const BUDGET_MS = 3000;
const packageDir = join(import.meta.dirname, '..');

async function once(command: string, args: string[]): Promise<number> {
  const data = tempDir('readiness-');
  const started = performance.now();
  const child = spawn(command, [...args, '--port', '0', '--data-dir', data.dir], {
    cwd: packageDir,
    stdio: ['ignore', 'pipe', 'inherit'],
    // Its own process group, so Ctrl-C (SIGINT to the group) reaches pnpm and node alike.
    detached: true,
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  try {
    for (let i = 0; i < 3000; i++) {
      const url = /API {3}(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (url) {
        const res = await fetch(`${url}/hello`).catch(() => null);
        if (res?.status === 200) return performance.now() - started;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`not ready in time:\n${out}`);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-(child.pid as number), 'SIGINT');
    await exited;
    data.remove();
  }
}

// "Once built": build now, so each measured start only checks that the bundles are fresh.
await ensureBundles(console.log);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
for (const [label, command, args] of [
  ['root pnpm start', 'pnpm', ['-s', '-w', 'start', '--']],
  ['pnpm start in packages/local', 'pnpm', ['-s', 'start', '--']],
  ['node bin', process.execPath, ['bin/serverless-todo-local.js']],
] as const) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await once(command, [...args]));
  const ms = median(times);
  console.log(
    `${label}: first answered request after ${Math.round(ms)} ms (median of ${RUNS}) = ${(ms / BUDGET_MS).toFixed(2)}× the 3 s budget`,
  );
}
