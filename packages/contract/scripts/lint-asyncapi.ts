// `pnpm lint:asyncapi`: asyncapi.yaml through the official AsyncAPI parser (its Spectral
// ruleset, with the openapi.yaml refs resolved). Errors and warnings fail; hints and infos
// are printed. One line per finding: "<file>:<line>:<col> <severity> <code> <message>".
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromFile, Parser } from '@asyncapi/parser';
import { ASYNCAPI_FILE } from './generate.ts';

const SEVERITY = ['error', 'warning', 'info', 'hint'] as const;

/** One finding of the parser, as printed. */
export interface LintFinding {
  readonly severity: (typeof SEVERITY)[number];
  readonly line: string;
}

/**
 * Lints an AsyncAPI document; resolves `{ findings, failed }`.
 *
 * @example
 * ```ts
 * const { failed } = await lintAsyncApi('asyncapi.yaml');
 * ```
 */
export async function lintAsyncApi(
  file: string = ASYNCAPI_FILE,
): Promise<{ findings: LintFinding[]; failed: boolean }> {
  const { document, diagnostics } = await fromFile(new Parser(), file).parse();
  const shown = relative(process.cwd(), file) || file;
  const findings = diagnostics.map((d) => {
    const severity = SEVERITY[d.severity] ?? 'error';
    const where = `${shown}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
    return { severity, line: `${where} ${severity} ${String(d.code)} ${d.message}` };
  });
  const failed = document === undefined || findings.some((f) => f.severity === 'error' || f.severity === 'warning');
  return { findings, failed };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ? resolve(process.argv[2]) : ASYNCAPI_FILE;
  const { findings, failed } = await lintAsyncApi(file);
  for (const f of findings) (f.severity === 'error' || f.severity === 'warning' ? console.error : console.log)(f.line);
  const counts = SEVERITY.map((s) => `${findings.filter((f) => f.severity === s).length} ${s}s`).join(', ');
  console.log(`asyncapi lint: ${counts}${failed ? ' (failed)' : ''}`);
  process.exit(failed ? 1 : 0);
}
