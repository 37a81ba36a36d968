// Cold start of each function bundle: a fresh `node` that loads the bundle, against a bare
// `node -e 0` in the same rounds, plus the reference setup (external SDK, runtime ajv) for
// one handler. Loading is what Lambda's init phase pays before the first request.
import { functionBundles, LAMBDA_ENV } from '../lambda-bundles.ts';
import { interleave, timeProcess } from '../measure.ts';
import { buildReferenceBundle } from '../reference-bundle.ts';
import { type Row, ratioRow } from '../report.ts';

/** The function the reference variant is built from. */
const REFERENCE_FUNCTION = 'GetTaskFunction';
/** Budgets by kind: an http function answers a user who waits; event consumers do not. */
const BUDGET = { http: 1.5, other: 1.6 } as const;
/** The issue asks for at least this many pairs; --quick runs fewer and says so. */
const FULL_PAIRS = 25;
const QUICK_PAIRS = 8;

/**
 * Runs the cold-start suite.
 *
 * @example
 * ```ts
 * const rows = await coldStartSuite({ quick: true });
 * ```
 */
export async function coldStartSuite({ quick }: { quick: boolean }): Promise<Row[]> {
  const bundles = await functionBundles();
  const referenceFunction = bundles.find((bundle) => bundle.logicalId === REFERENCE_FUNCTION);
  if (!referenceFunction) throw new Error(`the template has no ${REFERENCE_FUNCTION}`);
  const reference = await buildReferenceBundle(referenceFunction);
  const node = process.execPath;
  // Same environment for every variant, bare node included: what the template sets.
  const env = { ...process.env, ...LAMBDA_ENV };
  const variants: Record<string, () => number> = { bare: () => timeProcess(node, ['-e', '0'], env) };
  for (const bundle of bundles) variants[bundle.logicalId] = () => timeProcess(node, [bundle.entry], env);
  variants.reference = () => timeProcess(node, [reference], env);
  const pairs = quick ? QUICK_PAIRS : FULL_PAIRS;
  const run = await interleave(variants, 'bare', { rounds: pairs, maxMs: quick ? 15_000 : 150_000 });
  const fewer = (n: number) => (n < 20 ? `${n} pairs, fewer than the 20 a full run takes` : undefined);
  const rows = bundles.map((bundle) =>
    ratioRow(
      'cold start',
      `${bundle.logicalId} (${bundle.kind}) bundle import vs node -e 0`,
      run.ratios[bundle.logicalId]!,
      {
        budget: { op: '<=', limit: bundle.kind === 'http' ? BUDGET.http : BUDGET.other },
        note: fewer(run.ratios[bundle.logicalId]!.n),
      },
    ),
  );
  rows.push(
    ratioRow(
      'cold start',
      `reference: ${REFERENCE_FUNCTION} with SDK external + runtime ajv vs node -e 0`,
      run.ratios.reference!,
      {
        note: 'the usual setup; lands near 2.6×',
      },
    ),
  );
  return rows;
}
