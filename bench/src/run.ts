// `pnpm bench [--quick]`: runs every suite, prints PASS/MISS per budget, writes the results.
import { type Row, verdict, writeReport } from './report.ts';
import { contractSuite } from './suites/contract.ts';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--quick');
if (unknown.length > 0) {
  console.error(`error: unknown flag ${unknown[0]}; usage: pnpm bench [--quick]`);
  process.exit(2);
}
const quick = args.includes('--quick');
const suites: [string, (o: { quick: boolean }) => Promise<Row[]>][] = [['contract', contractSuite]];

const rows: Row[] = [];
for (const [name, suite] of suites) {
  console.log(`running ${name}…`);
  rows.push(...(await suite({ quick })));
}
writeReport(rows, { quick });
const misses = rows.filter((r) => verdict(r) === 'MISS');
console.log(misses.length === 0 ? 'all budgets met' : `${misses.length} budget(s) missed`);
