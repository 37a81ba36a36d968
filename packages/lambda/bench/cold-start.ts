// Cold start of each built bundle against a bare Node start: paired and interleaved (the
// order inside each pair alternates), reported as the median of per-pair ratios so machine
// noise hits both sides alike. Usage: tsx bench/cold-start.ts [pairs] (NODE_BIN to pick node).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { packageRoot } from '../build/build-functions.ts';
import { eagerOutputs } from '../build/metafile.ts';
import { templateFunctions } from '../build/template.ts';
import { distPath } from '../template-path.js';

const pairs = Math.max(20, Number(process.argv[2] ?? 30));
const node = process.env.NODE_BIN ?? process.execPath;
// What the Lambda runtime provides, so the bundles initialise as they would there.
const env = {
  PATH: process.env.PATH ?? '',
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_LAMBDA_FUNCTION_NAME: 'bench',
  TABLE_NAME: 'tasks',
  IDEMPOTENCY_TABLE_NAME: 'idempotency',
  CURSOR_SECRET: 'bench-secret-0123456789abcdef0123',
  POWERTOOLS_LOG_LEVEL: 'INFO',
  NODE_NO_WARNINGS: '1',
};

function timeRun(args: string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(node, args, { env, stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`${node} ${args.join(' ')} exited ${result.status}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`node ${version}, ${pairs} interleaved pairs per bundle (bundle import vs \`node -e 0\`)\n`);
console.log('function      ratio (median)  eager KB  gzip KB  shipped KB');
for (const fn of templateFunctions()) {
  const entry = join(distPath, fn.operationId, 'index.mjs');
  const ratios: number[] = [];
  timeRun([entry]); // warm the file cache, not measured
  for (let i = 0; i < pairs; i++) {
    const bundleFirst = i % 2 === 0;
    const a = bundleFirst ? timeRun([entry]) : timeRun(['-e', '0']);
    const b = bundleFirst ? timeRun(['-e', '0']) : timeRun([entry]);
    ratios.push(bundleFirst ? a / b : b / a);
  }
  const metafile = JSON.parse(readFileSync(join(distPath, fn.operationId, 'metafile.json'), 'utf8')) as Metafile;
  const eager = eagerOutputs(metafile, entry, packageRoot).map((file) => readFileSync(join(packageRoot, file)));
  const eagerBytes = eager.reduce((sum, code) => sum + code.length, 0);
  const gzipBytes = gzipSync(Buffer.concat(eager)).length;
  const shipped = Object.values(metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  console.log(
    `${fn.operationId.padEnd(12)} ${median(ratios).toFixed(2).padStart(8)}×  ${(eagerBytes / 1024).toFixed(1).padStart(9)} ${(gzipBytes / 1024).toFixed(1).padStart(8)} ${(shipped / 1024).toFixed(1).padStart(10)}`,
  );
}
