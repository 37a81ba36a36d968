// Writes data/sample-tasks.csv: 1,000 made-up tasks, the same bytes on every run (a seeded
// PRNG, fixed dates). It mixes in what a CSV importer must survive: commas, quotes and line
// breaks inside fields, non-ASCII text, empty cells, and rows that repeat exactly.
// `npx pnpm --filter @example/scripts run sample` regenerates it; a test fails if the file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvRecord } from '../src/export/csv.ts';

/** Where the sample lives. */
export const SAMPLE_PATH = fileURLToPath(new URL('../data/sample-tasks.csv', import.meta.url));
/** How many tasks the sample holds. */
export const SAMPLE_SIZE = 1000;

// mulberry32: tiny, fast and good enough for fake data; the seed fixes the output.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ['Review', 'Write', 'Fix', 'Plan', 'Ship', 'Test', 'Refactor', 'Document', 'Deploy', 'Benchmark'];
const THINGS = [
  'the billing dashboard',
  'the login flow',
  'pagination cursors',
  'the DynamoDB table design',
  'Lambda cold starts',
  'the onboarding e-mail',
  'API Gateway throttling',
  'the café menu app',
  'release notes for v2.1',
  'the 日本語 translation',
];
const NOTES = [
  '',
  'Keep it short.',
  'Ask Sam, Priya and Lee first.',
  'The "quick" version is fine for now.',
  'Steps:\n1. draft\n2. review\n3. merge',
  'Budget: 3,000 € — check with finance.',
  '  leading and trailing spaces are data too  ',
  'Emoji are text: ✅ 🚀',
];
const STATUSES = ['pending', 'pending', 'pending', 'in_progress', 'in_progress', 'done'];

/**
 * The sample as CSV text.
 *
 * @example
 * ```ts
 * writeFileSync('data/sample-tasks.csv', generateSample());
 * ```
 */
export function generateSample(size = SAMPLE_SIZE, seed = 20261126): string {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const rows: unknown[][] = [];
  for (let i = 0; i < size; i++) {
    // Every 100th row repeats the one before it: identical rows must still become two tasks.
    const previous = rows[i - 1];
    if (i % 100 === 99 && previous) {
      rows.push([...previous]);
      continue;
    }
    const day = 1 + Math.floor(random() * 365);
    const due = random() < 0.5 ? '' : new Date(Date.UTC(2027, 0, day, 9 + (day % 9))).toISOString();
    rows.push([`${pick(VERBS)} ${pick(THINGS)}`, pick(NOTES), pick(STATUSES), due]);
  }
  return [['title', 'description', 'status', 'due_date'], ...rows].map(csvRecord).join('');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SAMPLE_PATH, generateSample());
  console.log(`wrote ${SAMPLE_SIZE} tasks to ${SAMPLE_PATH}`);
}
