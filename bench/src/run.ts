// `pnpm bench [--quick]`: runs every suite, prints PASS/MISS per budget, writes the results.
// A MISS is reported, not fatal; a suite that crashes is, after the others have run.
import { closeDynamoWorld } from './dynamo-world.ts';
import { type Row, verdict, writeReport } from './report.ts';
import { attachmentsSuite } from './suites/attachments.ts';
import { bundleSizeSuite } from './suites/bundle-size.ts';
import { clientSuite } from './suites/client.ts';
import { coldStartSuite } from './suites/cold-start.ts';
import { contractSuite } from './suites/contract.ts';
import { dataLayerSuite } from './suites/data-layer.ts';
import { listScalingSuite } from './suites/list-scaling.ts';
import { localApiSuite } from './suites/local-api.ts';
import { localStreamsSuite } from './suites/local-streams.ts';
import { readinessSuite } from './suites/readiness.ts';
import { realtimeSuite } from './suites/realtime.ts';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--quick');
if (unknown.length > 0) {
  console.error(`error: unknown flag ${unknown[0]}; usage: pnpm bench [--quick]`);
  process.exit(2);
}
const quick = args.includes('--quick');
const suites: [string, (o: { quick: boolean }) => Promise<Row[]>][] = [
  ['contract', contractSuite],
  ['cold start', coldStartSuite],
  ['bundle size', bundleSizeSuite],
  ['data layer', dataLayerSuite],
  ['list scaling', listScalingSuite],
  ['local API', localApiSuite],
  ['local streams', localStreamsSuite],
  ['realtime', realtimeSuite],
  ['readiness', readinessSuite],
  ['client', clientSuite],
  ['attachments', attachmentsSuite],
];

const started = performance.now();
const rows: Row[] = [];
const crashed: string[] = [];
for (const [name, suite] of suites) {
  const suiteStart = performance.now();
  console.log(`running ${name}…`);
  try {
    rows.push(...(await suite({ quick })));
  } catch (error) {
    crashed.push(name);
    console.error(`suite ${name} crashed:`, error);
  }
  console.log(`  ${name}: ${((performance.now() - suiteStart) / 1000).toFixed(1)} s`);
}
await closeDynamoWorld();
writeReport(rows, { quick, crashed });
const misses = rows.filter((r) => verdict(r) === 'MISS');
console.log(misses.length === 0 ? 'all budgets met' : `${misses.length} budget(s) missed`);
console.log(`wall time ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (crashed.length > 0) {
  console.error(`crashed: ${crashed.join(', ')}`);
  process.exitCode = 1;
}
